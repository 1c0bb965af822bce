package com.infusionbilling.process;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The process-start outbox ({@code lifecycle.process-starts.*}).
 *
 * @param dispatchEnabled dispatch due rows on a schedule and at start-up (off in tests, which drive
 *     {@link ProcessStarts#dispatchDue()} themselves); the after-commit dispatch of a new row
 *     always runs
 * @param dispatchInterval how often due rows are dispatched
 * @param claimTimeout how long one dispatch may own a row; a row claimed longer ago (its dispatcher
 *     crashed) is dispatched again, after looking up the instance it may have created
 * @param initialBackoff back-off after the first failed attempt, doubling each time
 * @param maxBackoff the longest back-off
 */
@ConfigurationProperties("lifecycle.process-starts")
public record ProcessStartSettings(
    @DefaultValue("true") boolean dispatchEnabled,
    @DefaultValue("5s") Duration dispatchInterval,
    @DefaultValue("1m") Duration claimTimeout,
    @DefaultValue("5s") Duration initialBackoff,
    @DefaultValue("10m") Duration maxBackoff) {

  /** Back-off after the given number of failed attempts (1, 2, ...). */
  Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 20);
    Duration d = initialBackoff.multipliedBy(1L << doublings);
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
