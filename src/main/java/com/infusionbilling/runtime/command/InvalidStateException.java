package com.infusionbilling.runtime.command;

public class InvalidStateException extends RuntimeProblemException {
  public InvalidStateException(String message) {
    super(Kind.INVALID_STATE, message);
  }
}
