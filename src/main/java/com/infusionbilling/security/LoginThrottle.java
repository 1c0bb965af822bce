package com.infusionbilling.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per user name ({@code app_login_throttle}, owned here): after {@link
 * SecuritySettings.LoginThrottle#maxFailures()} failures in a row the name waits, longer after each
 * further failure ({@link SecuritySettings.LoginThrottle#delayAfter}). Names that do not exist are
 * counted the same way, so the answers never tell which names exist. Used by {@link
 * ThrottledAuthenticationProvider} for form login and HTTP basic alike.
 */
@Service
public class LoginThrottle {

  /** The failures of a name so far and until when it waits (null: it does not). */
  public record State(int failures, Instant lockedUntil) {
    static final State NONE = new State(0, null);

    public boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  private final JdbcClient jdbc;
  private final SecuritySettings.LoginThrottle settings;
  private volatile Clock clock = Clock.systemUTC();

  public LoginThrottle(JdbcClient jdbc, SecuritySettings settings) {
    this.jdbc = jdbc;
    this.settings = settings.loginThrottle();
  }

  /** Tests move time forward instead of waiting. */
  void useClock(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  @Transactional(readOnly = true)
  public State state(String username) {
    return jdbc.sql("SELECT failures, locked_until FROM app_login_throttle WHERE username = ?")
        .param(key(username))
        .query(
            (rs, i) ->
                new State(
                    rs.getInt(1),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
        .optional()
        .orElse(State.NONE);
  }

  /** Counts a failure; returns the state after it (locked when the name must now wait). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public State failed(String username) {
    String key = key(username);
    Instant now = now();
    jdbc.sql(
            "DELETE FROM app_login_throttle WHERE last_failure_at < ?"
                + " AND (locked_until IS NULL OR locked_until < ?)")
        .params(Timestamp.from(now.minus(settings.resetAfter())), Timestamp.from(now))
        .update();
    int failures = state(key).failures() + 1;
    Instant until =
        failures >= settings.maxFailures() ? now.plus(settings.delayAfter(failures)) : null;
    Timestamp lockedUntil = until == null ? null : Timestamp.from(until);
    int updated =
        jdbc.sql(
                "UPDATE app_login_throttle SET failures = failures + 1, last_failure_at = ?,"
                    + " locked_until = ? WHERE username = ?")
            .params(Timestamp.from(now), lockedUntil, key)
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "INSERT INTO app_login_throttle (username, failures, last_failure_at, locked_until)"
                    + " VALUES (?, 1, ?, ?)")
            .params(key, Timestamp.from(now), lockedUntil)
            .update();
      } catch (DuplicateKeyException e) {
        // a parallel failure inserted it first: count this one on top
        jdbc.sql(
                "UPDATE app_login_throttle SET failures = failures + 1, last_failure_at = ?"
                    + " WHERE username = ?")
            .params(Timestamp.from(now), key)
            .update();
      }
    }
    return state(key);
  }

  /** A successful sign-in forgets the name's failures. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String username) {
    jdbc.sql("DELETE FROM app_login_throttle WHERE username = ?").param(key(username)).update();
  }

  static String key(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}
