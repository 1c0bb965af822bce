package com.infusionbilling.security;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Database sign-in (form login and HTTP basic) with throttling: a name that must wait is refused
 * before its password is even checked, a wrong password (or an unknown name) counts a failure, and
 * a success forgets them. Every refused attempt is written to the audit log with its reason. The
 * refusal is an account-status exception, so no other authentication provider is asked after it.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

  /** Refused because the name must wait after too many failures. */
  public static class ThrottledException extends LockedException {
    private final long waitSeconds;

    ThrottledException(Duration wait) {
      super(
          "Too many failed sign-ins for this user name. Wait "
              + Math.max(1, wait.toSeconds())
              + " seconds and try again.");
      this.waitSeconds = Math.max(1, wait.toSeconds());
    }

    public long waitSeconds() {
      return waitSeconds;
    }
  }

  private final LoginThrottle throttle;
  private final AuditLog audit;

  public ThrottledAuthenticationProvider(
      UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit) {
    super(users);
    setPasswordEncoder(passwords);
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String name = LoginThrottle.key(authentication.getName());
    LoginThrottle.State state = throttle.state(name);
    Instant now = throttle.now();
    if (state.lockedAt(now)) {
      refused(name, "throttled after " + state.failures() + " failures");
      throw new ThrottledException(Duration.between(now, state.lockedUntil()));
    }
    Authentication result;
    try {
      result = super.authenticate(authentication);
    } catch (BadCredentialsException e) {
      LoginThrottle.State after = throttle.failed(name);
      refused(
          name,
          "bad credentials, failure "
              + after.failures()
              + (after.lockedAt(now) ? ", now waits until " + after.lockedUntil() : ""));
      throw e;
    } catch (AccountStatusException e) {
      refused(name, "account disabled");
      throw e;
    }
    if (state.failures() > 0) {
      throttle.succeeded(name);
    }
    return result;
  }

  private void refused(String name, String reason) {
    audit.record("anonymous", Action.LOGIN_REFUSED, EntityType.USER, name, reason);
  }
}
