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
    String text = value.toPlainString();
    if (value.scale() <= 0) {
      return text;
    }
    int end = text.length();
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    if (text.charAt(end - 1) == '.') {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end);
  }

  /** An amount with its unit, e.g. "77 mg". */
  public static String of(BigDecimal value, AmountUnit unit) {
    return plain(value) + " " + unit.label();
  }
}
