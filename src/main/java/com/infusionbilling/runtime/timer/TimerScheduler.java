package com.infusionbilling.runtime.timer;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceEventStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.TimerRecord;
import com.infusionbilling.runtime.events.EventRouter;
import com.infusionbilling.runtime.events.MessageCorrelator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires timers when the runtime clock reaches their due date: a background poller for real time,
 * and at once when the clock is moved ({@code POST /actuator/clock/add}, Camunda Process Test's
 * {@code increaseTime}), so every timer that is due has fired when that call returns. Timers are
 * rows, so timers that fell due while the runtime was down fire after a restart.
 *
 * <p>Each timer fires in its own transaction, under the lock of its process instance; the timer row
 * is re-read there, so a timer fires once even with two runtimes on one database. A cycle fires
 * again one interval after it fired (a clock moved past several intervals fires it once).
 *
 * <p>The poller also drops expired buffered messages and correlates buffered messages that a
 * subscription opened concurrently with their publication missed.
 */
public final class TimerScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TimerScheduler.class);
  private static final int BATCH = 100;
  private static final int MAX_PER_ROUND = 10_000;

  private final EventRouter router;
  private final InstanceEventStore store;
  private final MessageCorrelator messages;
  private final RuntimeClock clock;
  private final ScheduledExecutorService poller;

  public TimerScheduler(
      EventRouter router,
      InstanceEventStore store,
      MessageCorrelator messages,
      RuntimeClock clock,
      long pollIntervalMillis) {
    this.router = router;
    this.store = store;
    this.messages = messages;
    this.clock = clock;
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "runtime-timers");
              t.setDaemon(true);
              return t;
            });
    poller.scheduleWithFixedDelay(
        this::poll, pollIntervalMillis, pollIntervalMillis, TimeUnit.MILLISECONDS);
  }

  /** The clock moved: fire everything now due before returning. */
  public void clockChanged() {
    fireDue();
  }

  private void poll() {
    try {
      fireDue();
    } catch (RuntimeException e) {
      LOG.warn("timer poll failed; retrying at the next interval", e);
    }
  }

  /** Fires every due timer (and what firing makes due); returns how many fired. */
  public synchronized int fireDue() {
    Set<Long> attempted = new HashSet<>();
    int fired = 0;
    while (attempted.size() < MAX_PER_ROUND) {
      List<Long> due =
          store.dueTimers(clock.millis(), BATCH).stream()
              .filter(key -> !attempted.contains(key))
              .toList();
      if (due.isEmpty()) {
        break;
      }
      for (long key : due) {
        attempted.add(key);
        try {
          if (fire(key)) {
            fired++;
          }
        } catch (RuntimeException e) {
          LOG.warn("timer {} could not fire; it is retried at the next poll", key, e);
        }
      }
    }
    maintainMessages();
    return fired;
  }

  private boolean fire(long timerKey) {
    return router.inTransaction(batch -> fireIn(batch, timerKey));
  }

  private boolean fireIn(EventRouter.Batch batch, long timerKey) {
    TimerRecord timer = store.timer(timerKey, false);
    if (timer == null || !timer.isPending()) {
      return false;
    }
    ProcessInstanceExecution execution =
        timer.processInstanceKey == null ? null : batch.load(timer.processInstanceKey);
    timer = store.timer(timerKey, true); // re-read under the instance lock
    if (timer == null || !timer.isPending() || timer.dueDate > batch.now()) {
      return false;
    }
    if (execution == null) {
      // a timer start event: a new instance, and the next repetition of a cycle
      timer.fired(batch.now(), true);
      store.updateTimer(timer);
      batch.startInstance(timer.processDefinitionKey, timer.elementId, Map.of());
      return true;
    }
    boolean fired = execution.events().fire(timer);
    batch.write(execution);
    return fired;
  }

  private void maintainMessages() {
    long now = clock.millis();
    router.inTransaction(batch -> messages.expire(now));
    for (MessageCorrelator.MissedCorrelation missed : messages.missedCorrelations(now)) {
      router.inTransaction(
          batch -> {
            messages.correlateMissed(batch, missed.subscriptionKey(), missed.messageKey());
            return null;
          });
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
