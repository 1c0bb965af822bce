package com.infusionbilling.clearinghouse;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries an operation on connection loss with exponential back-off. Only failures the {@link
 * Classifier} calls transient are retried; a server's answer such as "no such file" is not.
 */
public final class RetryPolicy {

  private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

  /** Waits between attempts; tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** Decides whether a failure is worth another attempt. */
  @FunctionalInterface
  public interface Classifier {
    boolean isTransient(IOException e);
  }

  /** One attempt; may throw. */
  @FunctionalInterface
  public interface Attempt<T> {
    T run() throws IOException;
  }

  private final int maxAttempts;
  private final Duration initial;
  private final Duration max;
  private final Sleeper sleeper;

  public RetryPolicy(int maxAttempts, Duration initial, Duration max, Sleeper sleeper) {
    this.maxAttempts = maxAttempts;
    this.initial = initial;
    this.max = max;
    this.sleeper = sleeper;
  }

  public static RetryPolicy of(ClearinghouseProperties.Retry r) {
    return new RetryPolicy(
        r.maxAttempts(), r.initialBackoff(), r.maxBackoff(), d -> Thread.sleep(d.toMillis()));
  }

  /**
   * Runs {@code attempt}; on a transient failure calls {@code recover} (for example to drop a
   * broken connection), waits, and tries again, up to the maximum number of attempts.
   */
  public <T> T run(String what, Classifier classifier, Runnable recover, Attempt<T> attempt)
      throws IOException {
    Duration wait = initial;
    for (int i = 1; ; i++) {
      try {
        return attempt.run();
      } catch (IOException e) {
        if (!classifier.isTransient(e) || i >= maxAttempts) {
          throw e;
        }
        log.warn(
            "{} failed (attempt {} of {}): {}; retrying in {} ms",
            what,
            i,
            maxAttempts,
            e.getClass().getSimpleName(),
            wait.toMillis());
        recover.run();
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting to retry " + what, ie);
        }
        wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
      }
    }
  }
}
