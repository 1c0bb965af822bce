package com.infusionbilling.process;

import com.infusionbilling.clearinghouse.ClearinghouseUnavailableException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Technical trouble (the clearinghouse mailbox unreachable) becomes a job failure with one retry
 * less and a doubling back-off (30 s, 1 min, 2 min, ... at most 1 h), so the engine retries later
 * and raises an incident when the retries are used up.
 */
public final class TechnicalFailures {
  private TechnicalFailures() {}

  public static <T> T retryLater(ActivatedJob job, Supplier<T> work) {
    try {
      return work.get();
    } catch (ClearinghouseUnavailableException e) {
      int retriesLeft = Math.max(job.getRetries() - 1, 0);
      throw CamundaError.jobError(
          "clearinghouse unavailable: " + e.getMessage(),
          null,
          retriesLeft,
          backoff(job.getRetries()),
          e);
    }
  }

  static Duration backoff(int retries) {
    int attempt = Math.max(0, 3 - Math.min(retries, 3));
    long seconds = Math.min(30L << attempt, 3600);
    return Duration.ofSeconds(seconds);
  }
}
