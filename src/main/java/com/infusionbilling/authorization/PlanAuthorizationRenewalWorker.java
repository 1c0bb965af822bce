package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Plan authorization renewal": the renewal timer's date and the authorization's end. */
@Component
public class PlanAuthorizationRenewalWorker {
  private final AuthorizationMonitoringService monitoring;

  public PlanAuthorizationRenewalWorker(AuthorizationMonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  @JobWorker(type = AuthorizationMonitoringProcess.JOB_PLAN_RENEWAL)
  public Map<String, Object> plan(@Variable long authorizationId) {
    var plan = monitoring.planRenewal(authorizationId);
    return Map.of(
        AuthorizationMonitoringProcess.VAR_RENEWAL_DUE_AT, plan.renewalDueAt().toString(),
        AuthorizationMonitoringProcess.VAR_AUTHORIZATION_ENDS_AT,
            plan.authorizationEndsAt().toString());
  }
}
