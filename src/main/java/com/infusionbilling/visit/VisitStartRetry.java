package com.infusionbilling.visit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces visits to their episode again when the announcement after the visit's commit failed
 * ({@code lifecycle.visits.start-retry.*}; off in the tests, which share one database between
 * contexts).
 */
@Component
@ConditionalOnProperty(
    name = "lifecycle.visits.start-retry.enabled",
    havingValue = "true",
    matchIfMissing = true)
class VisitStartRetry {
  private final VisitService visits;

  VisitStartRetry(VisitService visits) {
    this.visits = visits;
  }

  @Scheduled(
      initialDelayString = "${lifecycle.visits.start-retry.initial-delay:30s}",
      fixedDelayString = "${lifecycle.visits.start-retry.interval:60s}")
  void retry() {
    visits.requestPendingStarts();
  }
}
