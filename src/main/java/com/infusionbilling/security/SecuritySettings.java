package com.infusionbilling.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code security.*}: how sessions of the worklist and dashboard behave, and the first
 * administrator.
 *
 * @param idleTimeout a session unused this long is logged off (15 minutes, as HIPAA practice
 *     expects of screens that show PHI); requests marked {@code X-Background: true} (polling) do
 *     not count as use
 * @param cookieSecure the session and CSRF cookies carry the Secure flag (keep true; browsers treat
 *     http://localhost as secure, so local runs work too)
 * @param bootstrapAdmin the administrator created at start-up when no user exists yet
 */
@ConfigurationProperties("security")
public record SecuritySettings(
    @DefaultValue("15m") Duration idleTimeout,
    @DefaultValue("true") boolean cookieSecure,
    @DefaultValue BootstrapAdmin bootstrapAdmin) {

  /**
   * {@code security.bootstrap-admin.*} (environment {@code SECURITY_BOOTSTRAP_ADMIN_USERNAME} and
   * {@code SECURITY_BOOTSTRAP_ADMIN_PASSWORD}): with both set and no user in the database, this
   * administrator is created once at start-up. Ignored as soon as any user exists.
   *
   * @param username the administrator's user name (lower case)
   * @param password the first password (at least 12 characters; never logged)
   */
  public record BootstrapAdmin(String username, String password) {
    public boolean configured() {
      return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
      return "BootstrapAdmin[username=" + username + ", password=***]";
    }
  }
}
