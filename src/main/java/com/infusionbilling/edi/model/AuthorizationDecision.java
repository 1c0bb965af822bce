package com.infusionbilling.edi.model;

/** HCR01 action codes of a 278 response. */
public enum AuthorizationDecision {
  CERTIFIED("A1"),
  CERTIFIED_PARTIAL("A2"),
  DENIED("A3"),
  PENDED("A4"),
  MODIFIED("A6"),
  CANCELLED("C"),
  NO_ACTION_REQUIRED("NA");

  private final String code;

  AuthorizationDecision(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AuthorizationDecision of(String code) {
    for (AuthorizationDecision d : values()) {
      if (d.code.equals(code)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown HCR01 action code " + code);
  }
}
