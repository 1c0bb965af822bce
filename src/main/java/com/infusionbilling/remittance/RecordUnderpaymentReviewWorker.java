package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimSubmissionProcess;
import com.infusionbilling.process.JobVariables;
import com.infusionbilling.process.TaskAssignees;
import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * "Record underpayment review": what the biller decided about a payment below the payer's tolerance
 * (accept and close, dispute with the payer, write the difference off), once per job; a write-off
 * above $500 or of a drug line carries the manager who approved it.
 */
@Component
public class RecordUnderpaymentReviewWorker {
  private final RemittancePosting posting;
  private final CamundaClient client;

  public RecordUnderpaymentReviewWorker(RemittancePosting posting, CamundaClient client) {
    this.posting = posting;
    this.client = client;
  }

  @JobWorker(type = RemittanceProcess.JOB_RECORD_UNDERPAYMENT_REVIEW)
  public void record(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    String decision = vars.string(RemittanceProcess.VAR_UNDERPAYMENT_DECISION);
    posting.recordUnderpaymentReview(
        vars.number(ClaimSubmissionProcess.VAR_CLAIM_ID),
        decision,
        vars.decimal(RemittanceProcess.VAR_SHORTFALL),
        vars.string(RemittanceProcess.VAR_PAYER_REFERENCE),
        vars.string(RemittanceProcess.VAR_UNDERPAYMENT_NOTE),
        "WRITE_OFF".equals(decision) ? approver(job) : null,
        "Review underpayment task",
        Long.toString(job.getKey()));
  }

  /**
   * The manager who approved the write-off: the assignee of the instance's last completed "Approve
   * write-off" that said APPROVED (the runtime's record of the task, not a form value).
   */
  private String approver(ActivatedJob job) {
    Object said = job.getVariablesAsMap().get(RemittanceProcess.VAR_WRITE_OFF_DECISION);
    if (!"APPROVED".equals(said)) {
      return null;
    }
    return TaskAssignees.last(
            client, job.getProcessInstanceKey(), RemittanceProcess.TASK_APPROVE_WRITE_OFF)
        .orElse(null);
  }
}
