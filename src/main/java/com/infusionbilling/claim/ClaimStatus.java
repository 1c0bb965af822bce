package com.infusionbilling.claim;

/**
 * Where a claim version stands. Part 2b adds PAID, PARTIALLY_PAID, DENIED, APPEALED, WRITTEN_OFF
 * and CLOSED.
 */
public enum ClaimStatus {
  /** Stored, not yet sent (also after a correction, until it is sent again). */
  DRAFT,
  /** The billing engine's scrub found ERROR edits: "Correct claim". */
  SCRUB_FAILED,
  /** In the clearinghouse mailbox, waiting for the 999. */
  SUBMITTED,
  /** The 999 accepted the transaction set; waiting for the payer's 277CA. */
  ACCEPTED,
  /** The 999 (R/E) or the 277CA (A3/A6/A7/A8) rejected it: it does not count as filed. */
  REJECTED,
  /** The payer accepted it into adjudication (277CA A1/A2): it counts as filed. */
  ACKNOWLEDGED
}
