package com.infusionbilling.clearinghouse;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Polls the inbound folder every {@code clearinghouse.poll.interval} once the application is ready
 * (a private single thread, so it needs no global scheduling switch). Off with {@code
 * clearinghouse.poll.enabled=false}.
 */
@Component
@ConditionalOnProperty(prefix = "clearinghouse.poll", name = "enabled", matchIfMissing = true)
class InboundPoller {

  private static final Logger log = LoggerFactory.getLogger(InboundPoller.class);

  private final ClearinghouseGateway gateway;
  private final ClearinghouseProperties props;
  private final InboundHealth health;
  private ScheduledExecutorService executor;

  InboundPoller(ClearinghouseGateway gateway, ClearinghouseProperties props, InboundHealth health) {
    this.gateway = gateway;
    this.props = props;
    this.health = health;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "clearinghouse-inbound-poller");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(
        this::poll,
        props.poll().initialDelay().toMillis(),
        props.poll().interval().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * One poll. Nothing escapes: a {@code Throwable} thrown out of a scheduled task would cancel
   * every later run, and the inbound files would pile up unprocessed.
   */
  void poll() {
    try {
      InboundPollResult r = gateway.pollInbound();
      if (!r.equals(InboundPollResult.NONE)) {
        log.info("inbound poll: {}", r);
      }
    } catch (Throwable e) {
      log.error("inbound poll failed ({}); polling goes on", e.getClass().getName());
      if (health != null) {
        health.failed(e);
      }
    }
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
