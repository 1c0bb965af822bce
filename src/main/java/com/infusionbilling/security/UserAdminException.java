package com.infusionbilling.security;

import org.springframework.http.HttpStatus;

/** A refused user administration request: the status, and the field it is about. */
public class UserAdminException extends RuntimeException {
  private final HttpStatus status;
  private final String field;

  private UserAdminException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  static UserAdminException invalid(String field, String problem) {
    return new UserAdminException(HttpStatus.BAD_REQUEST, field, field + ": " + problem);
  }

  static UserAdminException conflict(String field, String problem) {
    return new UserAdminException(HttpStatus.CONFLICT, field, field + ": " + problem);
  }

  static UserAdminException notFound(String username) {
    return new UserAdminException(HttpStatus.NOT_FOUND, "username", "no user " + username);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
