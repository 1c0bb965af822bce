package com.infusionbilling.runtime.shared;

import java.util.List;

/**
 * A worker's request for jobs. {@code requestTimeoutMillis}: 0 uses the runtime's default long-poll
 * time, a negative value disables long polling, as in the Camunda 8 API. The API's defaults for
 * what a request leaves out ({@link #withDefaults}) and the shape of a job stream's request ({@link
 * #forStream}) live here, so each transport only maps its message.
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

  /** docs.camunda.io "Activate jobs": the job timeout when the request names none (5 minutes). */
  public static final long DEFAULT_TIMEOUT_MILLIS = 300_000;

  /** docs.camunda.io "Activate jobs": the most jobs activated when the request names no limit. */
  public static final int DEFAULT_MAX_JOBS_TO_ACTIVATE = 32;

  /** A request whose absent (null) timeout, limit and request timeout take the API's defaults. */
  public static ActivationRequest withDefaults(
      String type,
      String worker,
      Long timeoutMillis,
      Integer maxJobsToActivate,
      List<String> fetchVariables,
      List<String> tenantIds,
      Long requestTimeoutMillis) {
    return new ActivationRequest(
        type,
        worker,
        timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis,
        maxJobsToActivate == null ? DEFAULT_MAX_JOBS_TO_ACTIVATE : maxJobsToActivate,
        fetchVariables,
        tenantIds,
        requestTimeoutMillis == null ? 0 : requestTimeoutMillis);
  }

  /** A job stream's request: jobs are pushed one at a time, and it never long-polls. */
  public static ActivationRequest forStream(
      String type,
      String worker,
      long timeoutMillis,
      List<String> fetchVariables,
      List<String> tenantIds) {
    return new ActivationRequest(type, worker, timeoutMillis, 1, fetchVariables, tenantIds, -1);
  }

  /**
   * How long this request waits for jobs when none is activatable at once: the runtime's default
   * for 0, nothing when long polling is off (negative).
   */
  public long longPollMillis(long defaultRequestTimeoutMillis) {
    return requestTimeoutMillis == 0
        ? defaultRequestTimeoutMillis
        : Math.max(requestTimeoutMillis, 0);
  }
}
