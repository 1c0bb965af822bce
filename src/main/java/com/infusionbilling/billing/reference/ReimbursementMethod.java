package com.infusionbilling.billing.reference;

/** How a payer prices drug lines. Administration codes are priced from the payer's rate table. */
public enum ReimbursementMethod {
  /** Medicare Part B: the ASP file's payment limit per unit (already ASP + 6 %). */
  ASP_PAYMENT_LIMIT,
  /**
   * x % of the Medicare Part B payment limit (the ASP file's limit: ASP + 6 %, or for a biosimilar
   * its ASP + 8 % of the reference product's ASP; WAC + 3 % for a new drug without an ASP); x is
   * the payer's reimbursement percent. Contracts quote the published limit, not limit ÷ 1.06, which
   * is not the ASP of a biosimilar.
   */
  PERCENT_OF_ASP_LIMIT,
  /** x % of WAC per HCPCS unit, from the line's NDC package WAC. */
  PERCENT_OF_WAC,
  /** The payer's published fee schedule per HCPCS unit (payer rate table). */
  FEE_SCHEDULE,
  /** A flat contracted rate per HCPCS unit (payer rate table). */
  CONTRACT_RATE
}
