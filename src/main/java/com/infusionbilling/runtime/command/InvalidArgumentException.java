package com.infusionbilling.runtime.command;

public class InvalidArgumentException extends RuntimeProblemException {
  public InvalidArgumentException(String message) {
    super(Kind.INVALID_ARGUMENT, message);
  }
}
