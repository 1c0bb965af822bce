package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimSubmissionProcess;
import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * "Record underpayment review": what the biller decided about a payment below the payer's tolerance
 * (accept and close, dispute with the payer, write the difference off), once per job.
 */
@Component
public class RecordUnderpaymentReviewWorker {
  private final RemittancePosting posting;

  public RecordUnderpaymentReviewWorker(RemittancePosting posting) {
    this.posting = posting;
  }

  @JobWorker(type = RemittanceProcess.JOB_RECORD_UNDERPAYMENT_REVIEW)
  public void record(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    posting.recordUnderpaymentReview(
        vars.number(ClaimSubmissionProcess.VAR_CLAIM_ID),
        vars.string(RemittanceProcess.VAR_UNDERPAYMENT_DECISION),
        vars.decimal(RemittanceProcess.VAR_SHORTFALL),
        vars.string(RemittanceProcess.VAR_PAYER_REFERENCE),
        vars.string(RemittanceProcess.VAR_UNDERPAYMENT_NOTE),
        "Review underpayment task",
        Long.toString(job.getKey()));
  }
}
