package com.infusionbilling.inventory;

import com.infusionbilling.visit.VisitDispensed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A documented visit's dispenses leave stock as soon as "Record dispense" commits: the Inventory
 * page's on-hand and the Revenue page's acquisition cost follow at once (docs/inventory.md). In its
 * own transaction after the visit's; if it fails (or the JVM stops first), the next reconciliation
 * copies them, as it copies every dispense not yet copied.
 */
@Component
public class VisitDispensedListener {
  private static final Logger log = LoggerFactory.getLogger(VisitDispensedListener.class);
  private final InventoryService inventory;
  private final TransactionTemplate tx;

  public VisitDispensedListener(
      InventoryService inventory, PlatformTransactionManager transactions) {
    this.inventory = inventory;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  public void dispensed(VisitDispensed event) {
    try {
      tx.executeWithoutResult(s -> inventory.recordDispensesOfVisit(event.visitId()));
    } catch (RuntimeException e) {
      log.warn(
          "Dispenses of visit {} not copied to stock now; the next reconciliation copies them ({})",
          event.visitId(),
          e.getClass().getName());
    }
  }
}
