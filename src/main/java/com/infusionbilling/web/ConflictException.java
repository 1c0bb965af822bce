package com.infusionbilling.web;

/** A request that does not fit the current state (e.g. the therapy is not active): a 409. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
