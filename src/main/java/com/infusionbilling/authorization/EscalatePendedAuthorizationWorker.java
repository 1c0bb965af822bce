package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * "Escalate pended authorization": still pended after three rounds of information; managers are
 * told and the request stays open (no automatic close).
 */
@Component
public class EscalatePendedAuthorizationWorker {
  private final PriorAuthorizationService authorizations;

  public EscalatePendedAuthorizationWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_ESCALATE_PENDED_AUTHORIZATION)
  public void escalate(@Variable long authorizationRequestId) {
    authorizations.escalatePended(authorizationRequestId);
  }
}
