package com.infusionbilling.billing.reference;

/** The kind of payer. */
public enum PayerType {
  MEDICARE_PART_B,
  MEDICARE_ADVANTAGE,
  MEDICAID,
  COMMERCIAL
}
