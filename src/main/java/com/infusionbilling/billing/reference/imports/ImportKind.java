package com.infusionbilling.billing.reference.imports;

/** The CMS files the engine imports. */
public enum ImportKind {
  /** Quarterly ASP pricing file (Medicare Part B payment limits). */
  ASP,
  /** Practitioner or outpatient hospital MUE table. */
  MUE,
  /** NCCI procedure-to-procedure edits (practitioner or hospital). */
  NCCI,
  /** The provider's chargemaster: charge per code (and modifier) from an effective date. */
  CHARGEMASTER,
  /** The CMS OPPS Addendum B: status indicator and APC per HCPCS code for a quarter. */
  OPPS_ADDENDUM_B
}
