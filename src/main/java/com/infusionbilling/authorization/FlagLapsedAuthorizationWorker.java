package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Flag lapsed authorization": marks it lapsed and the episode so that no dose is scheduled. */
@Component
public class FlagLapsedAuthorizationWorker {
  private final AuthorizationMonitoringService monitoring;

  public FlagLapsedAuthorizationWorker(AuthorizationMonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  @JobWorker(type = AuthorizationMonitoringProcess.JOB_FLAG_LAPSED)
  public void flag(@Variable long authorizationId) {
    monitoring.flagLapsed(authorizationId);
  }
}
