package com.infusionbilling.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognizes the database being away or overloaded, whatever wrapped it: no connection within the
 * pool's {@code connection-timeout} (the database is down, or every connection is in use), a
 * connection that broke, or a statement that ran past its query timeout. Such a request is answered
 * 503 with {@code Retry-After} (the transaction was rolled back, so it can simply be sent again),
 * and such a job fails with a back-off ({@code process.DatabaseOutageJobHandling}), instead of a
 * 500 or a burnt retry.
 */
public final class DatabaseUnavailable {
  /** What a 503 tells the client to wait; the pool's connection timeout is 5 s. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  private DatabaseUnavailable() {}

  public static boolean isCause(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException too
          || c instanceof CannotCreateTransactionException
          || c instanceof TransientDataAccessResourceException
          || c instanceof QueryTimeoutException
          || c instanceof SQLTransientConnectionException // Hikari: no connection in time
          || c instanceof SQLNonTransientConnectionException
          || c instanceof SQLRecoverableException
          || c instanceof SQLTimeoutException
          || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
          || c.getClass().getName().endsWith(".QueryTimeoutException")) {
        return true;
      }
    }
    return false;
  }
}
