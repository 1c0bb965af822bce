package com.infusionbilling.runtime.shared;

public class NotFoundException extends RuntimeProblemException {
  public NotFoundException(String message) {
    super(Kind.NOT_FOUND, message);
  }
}
