package com.infusionbilling.runtime.shared;

public class InvalidArgumentException extends RuntimeProblemException {
  public InvalidArgumentException(String message) {
    super(Kind.INVALID_ARGUMENT, message);
  }
}
