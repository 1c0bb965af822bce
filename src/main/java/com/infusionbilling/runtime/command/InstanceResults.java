package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.engine.ProcessInstanceState;
import com.infusionbilling.runtime.shared.RuntimeProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Process instances that a create-with-result request waits for (docs.camunda.io "Process instance
 * creation", "Create and await results"). The request registers a future before the instance
 * starts; whichever command ends the instance completes it once that command has committed. Nothing
 * polls: a waiting request holds no thread.
 */
public final class InstanceResults implements SmartLifecycle {

  private final Map<Long, CompletableFuture<ProcessInstanceState>> waiting =
      new ConcurrentHashMap<>();
  private volatile boolean running;

  /** Registers a wait for the instance; the future completes with its end state. */
  CompletableFuture<ProcessInstanceState> await(long processInstanceKey) {
    return waiting.computeIfAbsent(processInstanceKey, key -> new CompletableFuture<>());
  }

  /**
   * The runtime stops: every waiting request is answered with a clear error naming its instance
   * (the instance itself is durable and continues when the runtime is back; only the wait, which
   * lives in this JVM, ends). Runs before the REST and gRPC servers stop, so the answer reaches the
   * client rather than a dropped connection.
   */
  @Override
  public void stop() {
    running = false;
    List<CompletableFuture<ProcessInstanceState>> abandoned = new ArrayList<>();
    for (Map.Entry<Long, CompletableFuture<ProcessInstanceState>> entry : waiting.entrySet()) {
      if (waiting.remove(entry.getKey(), entry.getValue())) {
        abandoned.add(entry.getValue());
        entry
            .getValue()
            .completeExceptionally(
                new RuntimeProblemException(
                    RuntimeProblemException.Kind.ABORTED,
                    "The runtime is stopping while this request waits for process instance '"
                        + entry.getKey()
                        + "' to complete; the instance is stored and continues when the runtime"
                        + " is back. Read its result with a process instance and variable"
                        + " search (a create-with-result wait does not survive a restart)"));
      }
    }
    if (!abandoned.isEmpty()) {
      // give the transports a moment to write the answers before their servers stop
      CompletableFuture.allOf(
              abandoned.stream()
                  .map(f -> f.handle((v, e) -> null))
                  .toArray(CompletableFuture[]::new))
          .join();
      try {
        Thread.sleep(STOP_GRACE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static final long STOP_GRACE_MILLIS = 300;

  @Override
  public void start() {
    running = true;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops first, while the servers can still answer the waiting requests. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  void forget(long processInstanceKey) {
    waiting.remove(processInstanceKey);
  }

  /** Called inside the transaction that ended the instance: completes the wait after commit. */
  public void ended(long processInstanceKey, ProcessInstanceState state) {
    CompletableFuture<ProcessInstanceState> future = waiting.get(processInstanceKey);
    if (future == null) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      release(processInstanceKey, future, state);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            release(processInstanceKey, future, state);
          }
        });
  }

  private void release(
      long processInstanceKey,
      CompletableFuture<ProcessInstanceState> future,
      ProcessInstanceState state) {
    waiting.remove(processInstanceKey, future);
    future.complete(state);
  }
}
