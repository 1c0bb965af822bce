package com.infusionbilling.billing.coding;

import java.math.BigDecimal;

/** Small helpers for writing amounts in explanations. */
public final class Amounts {
  private Amounts() {}

  /** Plain notation without trailing zeros: 10.000 → "10", 7.70 → "7.7". */
  public static String plain(BigDecimal value) {
    if (value == null) {
      return "?";
    }
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** An amount with its unit, e.g. "77 mg". */
  public static String of(BigDecimal value, AmountUnit unit) {
    return plain(value) + " " + unit.label();
  }
}
