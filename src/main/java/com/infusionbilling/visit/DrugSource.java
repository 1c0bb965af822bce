package com.infusionbilling.visit;

/** Where the drug of a dose comes from; only buy-and-bill drug is billed by the clinic. */
public enum DrugSource {
  /** The clinic buys the drug and bills it (J-code line) with the administration. */
  BUY_AND_BILL,
  /** Free drug from a manufacturer's patient-assistance program: never billed for the drug. */
  PATIENT_ASSISTANCE,
  /** Dispensed by a specialty pharmacy under the pharmacy benefit: never billed for the drug. */
  WHITE_BAG;

  public boolean billsDrug() {
    return this == BUY_AND_BILL;
  }
}
