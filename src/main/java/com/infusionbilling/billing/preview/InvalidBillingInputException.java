package com.infusionbilling.billing.preview;

/** Bad input to the engine: names the offending field (e.g. "drugs[0].amountUnit") and why. */
public class InvalidBillingInputException extends RuntimeException {
  private final String field;

  public InvalidBillingInputException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
