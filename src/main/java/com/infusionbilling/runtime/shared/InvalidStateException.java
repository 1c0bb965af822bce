package com.infusionbilling.runtime.shared;

public class InvalidStateException extends RuntimeProblemException {
  public InvalidStateException(String message) {
    super(Kind.INVALID_STATE, message);
  }
}
