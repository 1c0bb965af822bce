package com.infusionbilling.runtime.shared;

/**
 * A command was rejected. The kind maps to the HTTP status of the v2 REST API and to the gRPC
 * status code of the Zeebe gateway, so both transports report the same rejection the same way.
 */
public class RuntimeProblemException extends RuntimeException {

  public enum Kind {
    INVALID_ARGUMENT(400, "INVALID_ARGUMENT"),
    NOT_FOUND(404, "NOT_FOUND"),
    INVALID_STATE(409, "INVALID_STATE"),
    ALREADY_EXISTS(409, "ALREADY_EXISTS"),
    RESOURCE_EXHAUSTED(503, "RESOURCE_EXHAUSTED"),
    DEADLINE_EXCEEDED(504, "DEADLINE_EXCEEDED"),
    ABORTED(409, "ABORTED"),
    UNIMPLEMENTED(501, "UNIMPLEMENTED");

    public final int httpStatus;
    public final String title;

    Kind(int httpStatus, String title) {
      this.httpStatus = httpStatus;
      this.title = title;
    }
  }

  private final Kind kind;

  public RuntimeProblemException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The rejection a database problem means to a client, or null when it is none of these: no
   * connection within the pool's wait (all busy, or the database unreachable) is
   * RESOURCE_EXHAUSTED, to be retried; a statement cancelled at its query timeout is
   * DEADLINE_EXCEEDED.
   */
  public static RuntimeProblemException ofDatabase(Throwable e) {
    if (e instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
        || e instanceof org.springframework.transaction.CannotCreateTransactionException) {
      // no pooled connection in time, or the database went away before the transaction began
      return new RuntimeProblemException(
          Kind.RESOURCE_EXHAUSTED,
          "The runtime's database connections are all in use or the database is unreachable;"
              + " retry later");
    }
    if (e instanceof org.springframework.dao.QueryTimeoutException) {
      return new RuntimeProblemException(
          Kind.DEADLINE_EXCEEDED,
          "The query ran longer than its time limit and was cancelled; narrow the filter or the"
              + " page");
    }
    return null;
  }
}
