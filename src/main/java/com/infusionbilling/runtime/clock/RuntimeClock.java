package com.infusionbilling.runtime.clock;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The one clock of the runtime. Job deadlines, back-offs, timers and FEEL's now() read it. It can
 * be moved forward ({@code POST /actuator/clock/add}), pinned, and reset, as Camunda's controllable
 * clock; the offset is persisted so a restart keeps the time a test or operator set.
 */
public final class RuntimeClock implements InstantSource {

  private final InstantSource system;
  private volatile long offsetMillis;
  private volatile Long pinnedMillis;

  public RuntimeClock(InstantSource system) {
    this.system = system;
  }

  public RuntimeClock() {
    this(InstantSource.system());
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public long millis() {
    Long pinned = pinnedMillis;
    return pinned != null ? pinned : system.millis() + offsetMillis;
  }

  public long offsetMillis() {
    return offsetMillis;
  }

  public Long pinnedMillis() {
    return pinnedMillis;
  }

  public synchronized void add(long millis) {
    if (pinnedMillis != null) {
      pinnedMillis = pinnedMillis + millis;
    } else {
      offsetMillis += millis;
    }
  }

  public synchronized void pin(long epochMillis) {
    pinnedMillis = epochMillis;
  }

  public synchronized void reset() {
    offsetMillis = 0;
    pinnedMillis = null;
  }

  public synchronized void restore(long offset, Long pinned) {
    this.offsetMillis = offset;
    this.pinnedMillis = pinned;
  }
}
