package com.infusionbilling.clearinghouse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The inbound poller on {@code /actuator/health} (component {@code clearinghouseInbound}): when it
 * last polled, what it found, files quarantined as unreadable, and the last failure's kind. DOWN
 * when polling is on and no poll has finished for five intervals (the poller thread died or hangs).
 */
public class InboundHealth implements HealthIndicator {
  private final Clock clock;
  private final boolean pollingEnabled;
  private final Duration interval;
  private final Instant startedAt;
  private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
  private final AtomicReference<String> lastResult = new AtomicReference<>("none yet");
  private final AtomicReference<String> lastFailure = new AtomicReference<>();
  private final AtomicLong unreadable = new AtomicLong();

  public InboundHealth(Clock clock, boolean pollingEnabled, Duration interval, Duration delay) {
    this.clock = clock;
    this.pollingEnabled = pollingEnabled;
    this.interval = interval;
    this.startedAt = Instant.now().plus(delay);
  }

  void polled(InboundPollResult result) {
    lastPoll.set(Instant.now());
    lastResult.set(result.toString());
  }

  void failed(Throwable e) {
    lastPoll.set(Instant.now());
    lastFailure.set(e.getClass().getName());
  }

  void unreadable() {
    unreadable.incrementAndGet();
  }

  @Override
  public Health health() {
    Instant last = lastPoll.get();
    Instant since = last == null ? startedAt : last;
    boolean stale =
        pollingEnabled
            && Instant.now().isAfter(since.plus(interval.multipliedBy(5)).plusSeconds(30));
    Health.Builder h = stale ? Health.down() : Health.up();
    h.withDetail("polling", pollingEnabled ? "every " + interval : "off")
        .withDetail("lastPoll", last == null ? "never" : last.toString())
        .withDetail("lastResult", lastResult.get())
        .withDetail("unreadableFilesQuarantined", unreadable.get());
    if (lastFailure.get() != null) {
      h.withDetail("lastFailure", lastFailure.get());
    }
    if (stale) {
      h.withDetail("problem", "no inbound poll finished for five intervals");
    }
    return h.build();
  }

  Clock clock() {
    return clock;
  }
}
