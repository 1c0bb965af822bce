package com.infusionbilling.runtime.shared;

/**
 * The indexed prefix of a variable's JSON value ({@code rt_variable.value_prefix}, VARCHAR(255)):
 * at most its first 255 UTF-16 characters, one fewer where the 255th would split a surrogate pair,
 * so that it fits the column on H2 (which counts UTF-16 characters) and on MariaDB (which counts
 * code points). The runtime writes it with every value and a search for a value compares it first,
 * so the index on (name, value_prefix) finds the candidates; both sides use this one function.
 *
 * <p>Rows written before V1_9_1 were filled by the database's SUBSTRING; on MariaDB a value with
 * characters outside the Basic Multilingual Plane (emoji) in its first 255 characters got a longer
 * prefix there, and a search for such a pre-existing value by equality does not find it. Values
 * written since are found.
 */
public final class ValuePrefix {
  public static final int LENGTH = 255;

  private ValuePrefix() {}

  public static String of(String value) {
    if (value == null || value.length() <= LENGTH) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
    return value.substring(0, end);
  }
}
