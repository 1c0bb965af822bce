package com.infusionbilling.claim;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record claim status check": what the payer said about an acknowledged claim whose remittance is
 * overdue; a claim the payer has no record of is filed again as the next attempt.
 */
@Component
public class RecordClaimStatusCheckWorker {
  private final ClaimSubmissionService submissions;

  public RecordClaimStatusCheckWorker(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_RECORD_CLAIM_STATUS_CHECK)
  public Map<String, Object> record(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    int next =
        submissions.recordClaimStatusCheck(
            vars.number(ClaimSubmissionProcess.VAR_CLAIM_ID),
            vars.string(ClaimSubmissionProcess.VAR_STATUS_CHECK_OUTCOME),
            vars.string("payerReference"),
            vars.string("statusNote"),
            "Check claim status task",
            Long.toString(job.getKey()));
    return Map.of(ClaimSubmissionProcess.VAR_SUBMISSION_ATTEMPT, next);
  }
}
