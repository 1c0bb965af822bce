package com.infusionbilling.billing.coding;

/** Unit-of-measure qualifiers for the NDC quantity in loop 2410 CTP05-1. */
public enum NdcUnit {
  /** Unit (each): vials, syringes, pens. */
  UN,
  /** Milliliter. */
  ML,
  /** Gram. */
  GR,
  /** Milligram. */
  ME,
  /** International unit. */
  F2
}
