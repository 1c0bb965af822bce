package com.infusionbilling.runtime.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;

/**
 * Finds out whether the worker of a parked REST job activation is still there.
 *
 * <p>A servlet container does not tell an application that the client of a waiting asynchronous
 * request went away: it notices only when it writes. Without this, a long poll whose worker had
 * closed (a JVM shutting down, a Spring context closed) stayed parked until its request timeout,
 * took the next jobs of its type and wrote them into a dead connection, and those jobs waited for
 * their job timeout before any live worker saw them.
 *
 * <p>So a parked poll is probed: after {@link #DEFAULT_INTERVAL} it commits the response (200,
 * {@code application/json}) and from then on writes one space per interval. JSON allows whitespace
 * before a value (RFC 8259, section 2), so the body a client parses stays {@code {"jobs":[...]}}.
 * The first write into a connection the peer has closed is answered by a reset; the next one fails,
 * and the poll is withdrawn before it can take a job. A delivery probes once more before the jobs
 * are handed over, so jobs offered to a poll whose client left before the last probe are given back
 * at once instead of at their timeout. A poll answered within the first interval is never committed
 * early.
 */
public final class LongPollProbe implements AutoCloseable {

  /** How often a parked activation request is probed. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  private final long intervalMillis;
  private final ScheduledExecutorService scheduler;

  public LongPollProbe() {
    this(DEFAULT_INTERVAL);
  }

  public LongPollProbe(Duration interval) {
    this.intervalMillis = Math.max(1, interval.toMillis());
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "runtime-long-poll-probe");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts probing a parked request; {@code gone} runs (once) when its client is found gone. The
   * returned connection must be told before the final response is written ({@link
   * Connection#claimForDelivery}).
   */
  public Connection watch(HttpServletRequest request, HttpServletResponse response, Runnable gone) {
    Connection connection = new Connection(request, response, gone);
    connection.schedule =
        scheduler.scheduleWithFixedDelay(
            connection::probe, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    return connection;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** One parked request's connection to its client. */
  public static final class Connection {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Runnable gone;
    private volatile ScheduledFuture<?> schedule;
    private boolean finished;
    private boolean committed;

    private Connection(HttpServletRequest request, HttpServletResponse response, Runnable gone) {
      this.request = request;
      this.response = response;
      this.gone = gone;
    }

    /**
     * Stops probing so the final response can be written; false when the client is known gone (or
     * found gone by a last probe of a committed response), and the caller must not hand it jobs.
     */
    public boolean claimForDelivery() {
      synchronized (this) {
        if (finished) {
          return false;
        }
        finished = true;
        stop();
        if (!committed) {
          return true;
        }
        if (write()) {
          return true;
        }
      }
      gone.run();
      return false;
    }

    /** The request ended another way (timeout, error): probing stops. */
    public void end() {
      synchronized (this) {
        finished = true;
        stop();
      }
    }

    private void probe() {
      synchronized (this) {
        if (finished || !request.isAsyncStarted()) {
          return;
        }
        if (!committed) {
          response.setStatus(HttpServletResponse.SC_OK);
          response.setContentType(MediaType.APPLICATION_JSON_VALUE);
          committed = true;
        }
        if (write()) {
          return;
        }
        finished = true;
        stop();
      }
      gone.run();
    }

    /** Writes one space and flushes it; false when the connection is broken. */
    private boolean write() {
      try {
        var out = response.getOutputStream();
        out.write(' ');
        out.flush();
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    private void stop() {
      ScheduledFuture<?> s = schedule;
      if (s != null) {
        s.cancel(false);
      }
    }
  }
}
