package com.infusionbilling.edi.model;

import java.math.BigDecimal;

/**
 * One CAS adjustment: group (CO contractual, PR patient responsibility, OA other, PI payer
 * initiated), CARC reason code, amount and optional quantity.
 */
public record Adjustment(String group, String reasonCode, BigDecimal amount, BigDecimal quantity) {

  /** The same adjustment with its amount negated (in a CLP02 22 reversal). */
  public Adjustment negated() {
    return new Adjustment(group, reasonCode, amount == null ? null : amount.negate(), quantity);
  }
}
