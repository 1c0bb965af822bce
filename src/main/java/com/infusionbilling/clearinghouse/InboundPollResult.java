package com.infusionbilling.clearinghouse;

/**
 * What one inbound poll did: files processed, quarantined, skipped as already processed, failed.
 */
public record InboundPollResult(int processed, int quarantined, int duplicates, int failed) {

  public static final InboundPollResult NONE = new InboundPollResult(0, 0, 0, 0);

  public InboundPollResult plus(InboundPollResult o) {
    return new InboundPollResult(
        processed + o.processed,
        quarantined + o.quarantined,
        duplicates + o.duplicates,
        failed + o.failed);
  }
}
