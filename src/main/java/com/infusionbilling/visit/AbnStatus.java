package com.infusionbilling.visit;

/**
 * The Advance Beneficiary Notice (CMS-R-131) of a Medicare Part B dose whose diagnoses the drug's
 * LCD does not cover, and the HCPCS modifier it puts on the drug line (Pub. 100-04 ch. 1 §60.4.2).
 */
public enum AbnStatus {
  /** Signed with option 1 before the dose: GA, the beneficiary is liable if Medicare denies. */
  SIGNED("GA"),
  /** No signed ABN (refused or not obtained): GZ, the practice is liable; the line is denied. */
  NOT_SIGNED("GZ"),
  /**
   * Option 3 of the ABN: the beneficiary does not want the drug. The dose is not given, nothing is
   * billed, and the visit is cancelled (CMS-R-131 section G, option 3: the beneficiary signs that
   * they do not want the item and cannot appeal).
   */
  DECLINED(null),
  /**
   * Option 2 of the ABN: the beneficiary wants the drug, asks that Medicare not be billed and is
   * responsible for payment (CMS-R-131 section G, option 2; he cannot appeal, as no claim is made).
   * The dose is given; the drug's lines go on no Medicare claim, and their charge is the patient's
   * self-pay balance ({@code remittance.PatientBalances}). No modifier: the lines are not billed.
   */
  DO_NOT_BILL(null);

  private final String modifier;

  AbnStatus(String modifier) {
    this.modifier = modifier;
  }

  /** GA or GZ; null for a declined dose or one not billed to Medicare (no line to modify). */
  public String modifier() {
    return modifier;
  }
}
