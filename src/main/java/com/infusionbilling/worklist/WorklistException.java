package com.infusionbilling.worklist;

/** Outcomes of worklist requests that are the caller's doing, mapped to 4xx problems. */
public class WorklistException extends RuntimeException {
  WorklistException(String message) {
    super(message);
  }

  /** 400: the named field is wrong. */
  public static class BadRequest extends WorklistException {
    private final String field;

    public BadRequest(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** 404: no such task, or one this user may not see (the two look the same on purpose). */
  public static class NotFound extends WorklistException {
    public NotFound(long key) {
      super("task " + key + " not found");
    }
  }

  /** 403: the user sees the task but may not do this to it. */
  public static class Forbidden extends WorklistException {
    public Forbidden(String message) {
      super(message);
    }
  }

  /** 409: someone else completed (or took) the task meanwhile. */
  public static class Conflict extends WorklistException {
    public Conflict(String message) {
      super(message);
    }
  }
}
