package com.infusionbilling.visit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces visits to their episode again when the announcement after the visit's commit failed
 * ({@code visit.start-retry.*}; off in the tests, which share one database between contexts).
 */
@Component
@ConditionalOnProperty(
    name = "visit.start-retry.enabled",
    havingValue = "true",
    matchIfMissing = true)
class VisitStartRetry {
  private final VisitService visits;

  VisitStartRetry(VisitService visits) {
    this.visits = visits;
  }

  @Scheduled(
      initialDelayString = "${visit.start-retry.initial-delay:30s}",
      fixedDelayString = "${visit.start-retry.interval:60s}")
  void retry() {
    visits.requestPendingStarts();
  }
}
