package com.infusionbilling.runtime.command;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs a command in one transaction, retrying when the database reports a lock conflict. */
public final class Transactions {

  private static final int ATTEMPTS = 5;

  private final TransactionTemplate tx;

  public Transactions(TransactionTemplate tx) {
    this.tx = tx;
  }

  public <T> T inTransaction(Supplier<T> work) {
    int attempts = 0;
    while (true) {
      try {
        return tx.execute(status -> work.get());
      } catch (PessimisticLockingFailureException e) {
        if (++attempts >= ATTEMPTS) {
          throw new RuntimeProblemException(
              RuntimeProblemException.Kind.RESOURCE_EXHAUSTED,
              "the command could not acquire its locks; retry later");
        }
      }
    }
  }
}
