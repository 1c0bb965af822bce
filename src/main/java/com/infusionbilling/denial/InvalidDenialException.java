package com.infusionbilling.denial;

/** A denial request that cannot be stored or worked: names the field and what is wrong. */
public class InvalidDenialException extends IllegalArgumentException {
  private final String field;

  public InvalidDenialException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
