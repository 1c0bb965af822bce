package com.infusionbilling.billing.reference;

/** How a payer prices drug lines. Administration codes are priced from the payer's rate table. */
public enum ReimbursementMethod {
  /** Medicare Part B: the ASP file's payment limit per unit (already ASP + 6 %). */
  ASP_PAYMENT_LIMIT,
  /** ASP + x %: the payment limit ÷ 1.06 × (1 + x/100); x is the payer's reimbursement percent. */
  ASP_PLUS_PERCENT,
  /** x % of WAC per HCPCS unit, from the line's NDC package WAC. */
  PERCENT_OF_WAC,
  /** The payer's published fee schedule per HCPCS unit (payer rate table). */
  FEE_SCHEDULE,
  /** A flat contracted rate per HCPCS unit (payer rate table). */
  CONTRACT_RATE
}
