package com.infusionbilling.runtime.command;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Process instances that a create-with-result request waits for (docs.camunda.io "Process instance
 * creation", "Create and await results"). The request registers a future before the instance
 * starts; whichever command ends the instance completes it once that command has committed. Nothing
 * polls: a waiting request holds no thread.
 */
public final class InstanceResults {

  private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

  /** Registers a wait for the instance; the future completes with its end state. */
  CompletableFuture<String> await(long processInstanceKey) {
    return waiting.computeIfAbsent(processInstanceKey, key -> new CompletableFuture<>());
  }

  void forget(long processInstanceKey) {
    waiting.remove(processInstanceKey);
  }

  /** Called inside the transaction that ended the instance: completes the wait after commit. */
  public void ended(long processInstanceKey, String state) {
    CompletableFuture<String> future = waiting.get(processInstanceKey);
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

  private void release(long processInstanceKey, CompletableFuture<String> future, String state) {
    waiting.remove(processInstanceKey, future);
    future.complete(state);
  }
}
