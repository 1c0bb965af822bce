package com.infusionbilling.runtime.expression;

/** An expression could not be parsed or evaluated; the message is shown in incidents. */
public class ExpressionException extends RuntimeException {
  public ExpressionException(String message) {
    super(message);
  }
}
