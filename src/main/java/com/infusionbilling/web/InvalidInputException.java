package com.infusionbilling.web;

/** Bad input to the lifecycle API: a 400 problem naming {@code field} (its JSON path). */
public class InvalidInputException extends RuntimeException {
  private final String field;

  public InvalidInputException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
