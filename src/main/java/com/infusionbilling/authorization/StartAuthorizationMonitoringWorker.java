package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Start authorization monitoring": one AuthorizationMonitoring instance per authorization. */
@Component
public class StartAuthorizationMonitoringWorker {
  private final AuthorizationMonitoringService monitoring;

  public StartAuthorizationMonitoringWorker(AuthorizationMonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  @JobWorker(type = AuthorizationMonitoringProcess.JOB_START_MONITORING)
  public Map<String, Object> start(@Variable long authorizationId) {
    return Map.of("monitoringStarted", monitoring.startMonitoring(authorizationId));
  }
}
