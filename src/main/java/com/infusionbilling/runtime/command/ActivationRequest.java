package com.infusionbilling.runtime.command;

import java.util.List;

/**
 * A worker's request for jobs. {@code requestTimeoutMillis}: 0 uses the runtime's default long-poll
 * time, a negative value disables long polling, as in the Camunda 8 API.
 */
public record ActivationRequest(
    String type,
    String worker,
    long timeoutMillis,
    int maxJobsToActivate,
    List<String> fetchVariables,
    List<String> tenantIds,
    long requestTimeoutMillis) {

  public ActivationRequest {
    if (type == null || type.isBlank()) {
      throw new InvalidArgumentException("Expected to activate jobs, but no job type was given");
    }
    if (maxJobsToActivate < 1) {
      throw new InvalidArgumentException(
          "Expected to activate at least 1 job, but maxJobsToActivate was " + maxJobsToActivate);
    }
    if (timeoutMillis < 1) {
      throw new InvalidArgumentException(
          "Expected the job activation timeout to be greater than 0, but it was " + timeoutMillis);
    }
    worker = worker == null || worker.isBlank() ? "default" : worker;
    fetchVariables = fetchVariables == null ? List.of() : List.copyOf(fetchVariables);
    tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
  }
}
