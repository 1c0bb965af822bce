package com.infusionbilling.visit;

/** Where a scheduled dose stands, from scheduling to the claim. */
public enum VisitStatus {
  /** Requested; readiness not yet confirmed. */
  SCHEDULED,
  /** Readiness confirmed (authorization units and dates, fresh eligibility, drug source). */
  READY,
  /** Not ready: "Resolve visit readiness" waits; the dose is never given silently. */
  HELD,
  /** The administration is documented. */
  DOCUMENTED,
  /** Coded by the billing engine without ERROR edits. */
  CODED,
  /** The claim is created and its submission started. */
  BILLED,
  /** Cancelled (from "Resolve visit readiness"). */
  CANCELLED
}
