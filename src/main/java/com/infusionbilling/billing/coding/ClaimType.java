package com.infusionbilling.billing.coding;

/** Which claim the lines are for: 837P (CMS-1500) or 837I (UB-04). */
public enum ClaimType {
  /** 837P (005010X222A1), physician office: no revenue codes, 96376 never billed. */
  PROFESSIONAL,
  /** 837I (005010X223A2), hospital outpatient: revenue code 0260 (IV therapy) or 0636 (drugs). */
  INSTITUTIONAL;

  /** The CMS edit tables (MUE, NCCI PTP) that apply to this claim. */
  public EditSetting editSetting() {
    return this == PROFESSIONAL ? EditSetting.PRACTITIONER : EditSetting.FACILITY;
  }
}
