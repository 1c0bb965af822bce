package com.infusionbilling.billing.coding;

/**
 * A finding of the coding rules or the scrubber.
 *
 * @param code stable rule code, e.g. MUE_EXCEEDED
 * @param message one line saying what is wrong and why, with the figures involved
 * @param line index into the response's lines the edit is about, or null for the whole claim
 */
public record Edit(Severity severity, String code, String message, Integer line) {

  public static Edit error(String code, String message) {
    return new Edit(Severity.ERROR, code, message, null);
  }

  public static Edit warning(String code, String message) {
    return new Edit(Severity.WARNING, code, message, null);
  }

  public Edit atLine(int index) {
    return new Edit(severity, code, message, index);
  }
}
