package com.infusionbilling.billing.coding;

/** The setting of a CMS edit table: practitioner services or outpatient hospital (facility). */
public enum EditSetting {
  /** Practitioner services MUE table; practitioner PTP edits (ccipra files). */
  PRACTITIONER,
  /** Outpatient hospital services MUE table; hospital PTP edits (ccioph files). */
  FACILITY
}
