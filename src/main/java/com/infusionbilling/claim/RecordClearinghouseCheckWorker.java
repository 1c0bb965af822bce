package com.infusionbilling.claim;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record clearinghouse check": what the biller learned from the clearinghouse about a claim whose
 * 999 or 277CA is overdue; a resubmission gets the next attempt number.
 */
@Component
public class RecordClearinghouseCheckWorker {
  private final ClaimSubmissionService submissions;

  public RecordClearinghouseCheckWorker(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_RECORD_CLEARINGHOUSE_CHECK)
  public Map<String, Object> record(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    int next =
        submissions.recordClearinghouseCheck(
            vars.number(ClaimSubmissionProcess.VAR_CLAIM_ID),
            vars.string(ClaimSubmissionProcess.VAR_CHECK_OUTCOME),
            vars.string("clearinghouseReference"),
            vars.string("checkNote"),
            "Check clearinghouse task",
            Long.toString(job.getKey()));
    return Map.of(ClaimSubmissionProcess.VAR_SUBMISSION_ATTEMPT, next);
  }
}
