package com.infusionbilling.clearinghouse;

import io.micrometer.core.instrument.Metrics;

/**
 * Files through the clearinghouse mailbox, on {@code /actuator/prometheus} (docs/operations.md):
 * {@code ibw_clearinghouse_files_out_total} per batch sent, {@code
 * ibw_clearinghouse_files_in_total{outcome}} per inbound file processed, quarantined (invalid or
 * unreadable), duplicate (archived again) or failed (left in the inbox for the next poll). Counted
 * in Micrometer's global registry, which Spring Boot joins to the application's.
 */
final class ClearinghouseMetrics {
  private ClearinghouseMetrics() {}

  static void sent() {
    Metrics.counter("ibw.clearinghouse.files.out").increment();
  }

  static void inbound(InboundPollResult result) {
    count("processed", result.processed());
    count("quarantined", result.quarantined());
    count("duplicate", result.duplicates());
    count("failed", result.failed());
  }

  private static void count(String outcome, int files) {
    // registered at zero too, so a rate() over a quiet mailbox is 0, not absent
    Metrics.counter("ibw.clearinghouse.files.in", "outcome", outcome).increment(files);
  }
}
