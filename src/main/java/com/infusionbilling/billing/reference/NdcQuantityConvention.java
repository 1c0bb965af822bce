package com.infusionbilling.billing.reference;

/** How a payer wants the NDC quantity (loop 2410 CTP04/CTP05-1) reported (issue 15 item 11). */
public enum NdcQuantityConvention {
  /**
   * In the package's own unit, as the NDC catalogue records it: UN per vial or kit for powders (a
   * fraction of a vial for a partial one: 365 mg of 100 mg vials is 3.65 UN), mL (ML) for
   * solutions. The NCPDP billing unit standard and most Medicaid NDC programs.
   */
  PACKAGE_UNIT,
  /**
   * Metric: mL (ML) for anything with a known volume, otherwise the amount in milligrams (ME) or
   * grams (GR) for powders; some commercial payers ask for this.
   */
  METRIC
}
