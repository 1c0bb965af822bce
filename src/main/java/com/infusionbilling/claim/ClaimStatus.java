package com.infusionbilling.claim;

/**
 * Where a claim version stands. Part 2b (issue 17): remittance posting moves it to PAID,
 * PARTIALLY_PAID or DENIED (and back to ACKNOWLEDGED when the payer reverses a payment); a reviewed
 * underpayment or a write-off to CLOSED or WRITTEN_OFF.
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
  ACKNOWLEDGED,
  /** The 835 paid it (the patient may owe deductible, coinsurance or co-payment). */
  PAID,
  /** The 835 paid part of it and denied the rest (a line or a CAS that is a denial). */
  PARTIALLY_PAID,
  /** The 835 paid nothing and the patient owes nothing: denied (CLP02 4 or all lines). */
  DENIED,
  /** What the payer did not pay was written off (underpayment review or denial management). */
  WRITTEN_OFF,
  /** Nothing more is expected from the payer (an accepted underpayment, a settled denial). */
  CLOSED,
  /** An appeal of its denial is with the payer ({@code AppealCase}). */
  APPEALED
}
