package com.infusionbilling.claim;

import com.infusionbilling.process.TechnicalFailures;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Submit claim": the 837 through the clearinghouse gateway, once per submission attempt. A claim
 * that cannot make a valid 837 is the business error {@code CLAIM_NOT_SENDABLE} ("Correct claim");
 * an unreachable mailbox is retried with back-off.
 */
@Component
public class SubmitClaimWorker {
  private final ClaimSubmissionService submissions;

  public SubmitClaimWorker(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_SUBMIT_CLAIM)
  public Map<String, Object> submit(
      ActivatedJob job, @Variable long claimId, @Variable int submissionAttempt) {
    ClaimSubmissionService.Submitted sent;
    try {
      sent =
          TechnicalFailures.retryLater(job, () -> submissions.submit(claimId, submissionAttempt));
    } catch (ClaimSubmissionService.NotSendableException e) {
      throw CamundaError.bpmnError(
          ClaimSubmissionProcess.ERROR_CLAIM_NOT_SENDABLE,
          "the claim does not make a valid 837",
          Map.of(
              ClaimSubmissionProcess.VAR_CORRECTION_REASON, "Not a valid 837: " + e.getMessage()));
    }
    return Map.of(
        ClaimSubmissionProcess.VAR_ATTEMPT_KEY,
        sent.attemptKey(),
        ClaimSubmissionProcess.VAR_FUNCTIONAL_ACK_STATUS,
        ClaimSubmissionProcess.ACK_PENDING,
        ClaimSubmissionProcess.VAR_CLAIM_ACK_STATUS,
        ClaimSubmissionProcess.ACK_PENDING,
        "interchangeControlNumber",
        sent.interchangeControlNumber());
  }
}
