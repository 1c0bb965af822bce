package com.infusionbilling.billing.coding;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

/** Small helpers for writing amounts in explanations. */
public final class Amounts {
  private Amounts() {}

  private static final int CACHE_LIMIT = 20_000;

  /** Reference figures (descriptors, payment limits, vial sizes) repeat: their text is cached. */
  private static final ConcurrentHashMap<BigDecimal, String> PLAIN = new ConcurrentHashMap<>();

  /** Plain notation without trailing zeros: 10.000 → "10", 7.70 → "7.7". */
  public static String plain(BigDecimal value) {
    if (value == null) {
      return "?";
    }
    String text = PLAIN.get(value);
    if (text == null) {
      text = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
      if (PLAIN.size() < CACHE_LIMIT) {
        PLAIN.put(value, text);
      }
    }
    return text;
  }

  /** An amount with its unit, e.g. "77 mg". */
  public static String of(BigDecimal value, AmountUnit unit) {
    return plain(value) + " " + unit.label();
  }
}
