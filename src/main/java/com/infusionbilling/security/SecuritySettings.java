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
 * @param bootstrapAdmin the administrator created at start-up when no user exists yet
 * @param loginThrottle how failed sign-ins slow down further attempts
 * @param metricsScrapeToken the Prometheus scraper's bearer token for {@code /actuator/prometheus}
 *     (environment {@code SECURITY_METRICS_SCRAPE_TOKEN}, at least 32 characters); none by default
 */
@ConfigurationProperties("security")
public record SecuritySettings(
    @DefaultValue("15m") Duration idleTimeout,
    @DefaultValue BootstrapAdmin bootstrapAdmin,
    @DefaultValue LoginThrottle loginThrottle,
    String metricsScrapeToken) {

  public SecuritySettings {
    if (metricsScrapeToken != null
        && !metricsScrapeToken.isBlank()
        && metricsScrapeToken.length() < 32) {
      throw new IllegalArgumentException(
          "security.metrics-scrape-token must have at least 32 characters");
    }
  }

  @Override
  public String toString() {
    return "SecuritySettings[idleTimeout=" + idleTimeout + ", metricsScrapeToken=***]";
  }

  /**
   * {@code security.login-throttle.*}: after {@code maxFailures} failed sign-ins in a row a user
   * name waits {@code firstDelay} before the next attempt is even checked, and each further failure
   * doubles the wait up to {@code maxDelay}. Failures older than {@code resetAfter} are forgotten.
   */
  public record LoginThrottle(
      @DefaultValue("5") int maxFailures,
      @DefaultValue("30s") Duration firstDelay,
      @DefaultValue("15m") Duration maxDelay,
      @DefaultValue("24h") Duration resetAfter) {

    /** How long a name waits after its {@code failures}-th failure in a row (zero: no wait). */
    public Duration delayAfter(int failures) {
      if (failures < maxFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - maxFailures, 30);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

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
