package com.infusionbilling.visit;

/**
 * The Advance Beneficiary Notice (CMS-R-131) of a Medicare Part B dose whose diagnoses the drug's
 * LCD does not cover, and the HCPCS modifier it puts on the drug line (Pub. 100-04 ch. 1 §60.4.2).
 */
public enum AbnStatus {
  /** Signed with option 1 before the dose: GA, the beneficiary is liable if Medicare denies. */
  SIGNED("GA"),
  /** No signed ABN (refused or not obtained): GZ, the practice is liable; the line is denied. */
  NOT_SIGNED("GZ");

  private final String modifier;

  AbnStatus(String modifier) {
    this.modifier = modifier;
  }

  public String modifier() {
    return modifier;
  }
}
