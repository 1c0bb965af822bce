package com.infusionbilling.intake;

/** A referral that breaks a rule; {@code field} is its JSON path, e.g. {@code prescriber.npi}. */
public class InvalidReferralException extends RuntimeException {
  private final String field;

  public InvalidReferralException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
