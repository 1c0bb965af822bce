package com.infusionbilling.billing.reference;

/**
 * How a payer wants discarded drug from single-dose containers billed (issue 15 item 7). Multi-dose
 * containers and overfill are never billed as waste, whatever the policy.
 */
public enum WastePolicy {
  /**
   * The discarded units on their own line with modifier JW (Medicare: CMS discarded drugs policy,
   * Pub. 100-04 ch. 17 §40; required with JZ for no-waste lines since 2023-07-01).
   */
  JW_LINE,
  /** The discarded units added to the administered line, without JW (a payer's own policy). */
  COMBINED,
  /** The discarded units are not billed (the payer pays only what was administered). */
  NOT_BILLED
}
