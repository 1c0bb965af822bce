package com.infusionbilling.claim;

/** A claim input that breaks a rule; {@code field} names it, for example {@code lines[2].units}. */
public class InvalidClaimException extends RuntimeException {
  private final String field;

  public InvalidClaimException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
