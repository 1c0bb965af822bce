package com.infusionbilling.denial;

import static com.infusionbilling.denial.DenialManagementProcess.*;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record denial routing": stores the route {@code Decision_DenialRouting} chose and returns the
 * group, the deadline and the read-only context of "Work denial".
 */
@Component
public class RecordDenialRoutingWorker {
  private final DenialService denials;

  public RecordDenialRoutingWorker(DenialService denials) {
    this.denials = denials;
  }

  @JobWorker(type = JOB_RECORD_DENIAL_ROUTING)
  public Map<String, Object> record(
      @Variable long denialId, @Variable(name = VAR_ROUTING) Map<String, Object> routing) {
    var r =
        denials.route(
            denialId,
            new DenialService.Route(
                text(routing.get("action")),
                text(routing.get("workGroup")),
                routing.get("deadlineDays") instanceof Number n ? n.intValue() : 30,
                text(routing.get("deadlineFrom")),
                text(routing.get("rule"))));
    Map<String, Object> out = new HashMap<>();
    out.put(VAR_ROUTED_ACTION, r.action());
    out.put(VAR_WORK_GROUP, r.workGroup());
    out.put(VAR_WORK_DEADLINE, r.workDeadline().toString());
    out.put(VAR_WORK_DUE_AT, r.workDueAt());
    out.put(VAR_ROUTING_RULE, r.rule());
    out.put(VAR_DENIAL_CODES, r.codes());
    out.put(VAR_DENIAL_EXPLANATION, r.explanation());
    out.put(VAR_EXPECTED_ALLOWED, r.expectedAllowed());
    out.put(VAR_PAID, r.paid());
    out.put(AppealCaseProcess.VAR_DECISION_DATE, r.decisionDate().toString());
    return out;
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
