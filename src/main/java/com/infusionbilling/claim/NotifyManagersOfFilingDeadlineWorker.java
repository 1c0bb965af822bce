package com.infusionbilling.claim;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Notify managers of filing deadline": 30 days before it, the claim is still not accepted. */
@Component
public class NotifyManagersOfFilingDeadlineWorker {
  private final ClaimSubmissionService submissions;

  public NotifyManagersOfFilingDeadlineWorker(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_NOTIFY_MANAGERS_OF_FILING_DEADLINE)
  public void notifyManagers(@Variable long claimId) {
    submissions.notifyFilingDeadline(claimId);
  }
}
