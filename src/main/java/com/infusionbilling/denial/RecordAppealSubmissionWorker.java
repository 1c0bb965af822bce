package com.infusionbilling.denial;

import static com.infusionbilling.denial.AppealCaseProcess.*;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record appeal submission": what went to the payer, and when to follow up on its decision. */
@Component
public class RecordAppealSubmissionWorker {
  private final AppealService appeals;

  public RecordAppealSubmissionWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = JOB_RECORD_APPEAL_SUBMISSION)
  public Map<String, Object> record(
      @Variable long appealId,
      @Variable(name = VAR_POLICY_REFERENCE) String policyReference,
      @Variable(name = VAR_CHANNEL) String channel,
      @Variable(name = VAR_SUBMITTED_ON) String submittedOn,
      @Variable(name = VAR_TRACKING_NUMBER) String trackingNumber,
      @Variable(name = VAR_LEVEL_RULE) Map<String, Object> rule) {
    String followUp =
        appeals.submit(
            appealId,
            policyReference,
            channel,
            submittedOn == null || submittedOn.isBlank() ? null : LocalDate.parse(submittedOn),
            trackingNumber,
            rule == null ? null : String.valueOf(rule.get("decisionPeriod")));
    return Map.of(VAR_DECISION_FOLLOW_UP_AT, followUp);
  }
}
