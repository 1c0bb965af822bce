package com.infusionbilling.denial;

import static com.infusionbilling.denial.AppealCaseProcess.*;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record forwarding to the independent reviewer": the payer forwarded the level itself (a Medicare
 * Advantage plan's upheld reconsideration goes to the IRE, 42 CFR 422.592(a)); nothing to file, and
 * when to follow up if its decision does not come. Idempotent: recorded once per level.
 */
@Component
public class RecordAppealForwardingWorker {
  private final AppealService appeals;

  public RecordAppealForwardingWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = JOB_RECORD_APPEAL_FORWARDING)
  public Map<String, Object> record(
      @Variable long appealId, @Variable(name = VAR_LEVEL_RULE) Map<String, Object> rule) {
    String followUp =
        appeals.forwardedByPayer(
            appealId, rule == null ? null : String.valueOf(rule.get("decisionPeriod")));
    return Map.of(VAR_DECISION_FOLLOW_UP_AT, followUp);
  }
}
