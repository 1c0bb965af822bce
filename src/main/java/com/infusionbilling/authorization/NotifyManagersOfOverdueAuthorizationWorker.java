package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Notify managers of overdue authorization": the payer passed its turnaround target. */
@Component
public class NotifyManagersOfOverdueAuthorizationWorker {
  private final PriorAuthorizationService authorizations;

  public NotifyManagersOfOverdueAuthorizationWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_NOTIFY_MANAGERS)
  public void notifyManagers(@Variable long authorizationRequestId) {
    authorizations.escalateOverdue(authorizationRequestId);
  }
}
