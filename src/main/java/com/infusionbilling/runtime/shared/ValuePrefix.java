package com.infusionbilling.runtime.shared;

/**
 * The indexed prefix of a variable's JSON value ({@code rt_variable.value_prefix}): its first 255
 * characters (code points, as the database counts them), so that a search for a value can use the
 * index on (name, value_prefix) before comparing the whole LONGTEXT value.
 */
public final class ValuePrefix {
  public static final int LENGTH = 255;

  private ValuePrefix() {}

  public static String of(String value) {
    if (value == null || value.codePointCount(0, value.length()) <= LENGTH) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, LENGTH));
  }
}
