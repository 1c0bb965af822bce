package com.infusionbilling.billing.reference;

/**
 * Whether a payer allows the lesser of the billed charge and its own figure ("lesser-of" logic).
 */
public enum LesserOfCharge {
  /** The payer's figure, whatever the charge. */
  NEVER,
  /**
   * Professional (837P) claims only: Medicare Part B pays drugs at the lesser of the actual charge
   * and 106 % of ASP (42 CFR 414.904(a)) and physician fee schedule services at the lesser of the
   * actual charge and the fee schedule amount (SSA §1848(a)(1)); OPPS (837I) pays its rate.
   */
  PROFESSIONAL_CLAIMS,
  /** Every claim: a contract clause "lesser of billed charges or the contracted rate". */
  ALL_CLAIMS
}
