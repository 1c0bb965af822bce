package com.infusionbilling.inventory;

import com.infusionbilling.billing.BillingProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Reconcile inventory": every lot's purchased, dispensed, billed and on-hand figures, stored once
 * per process instance; the lots with something to decide on go back as {@code findings}.
 */
@Component
public class ReconcileInventoryWorker {
  private final InventoryReconciliationService reconciliations;
  private final BillingProperties billing;

  public ReconcileInventoryWorker(
      InventoryReconciliationService reconciliations, BillingProperties billing) {
    this.reconciliations = reconciliations;
    this.billing = billing;
  }

  @JobWorker(type = InventoryReconciliationProcess.JOB_RECONCILE)
  public Map<String, Object> reconcile(
      ActivatedJob job, @Variable(optional = true) String trigger) {
    var run =
        reconciliations.reconcile(
            "pi-" + job.getProcessInstanceKey(),
            trigger == null ? "SCHEDULED" : trigger,
            LocalDate.now(billing.zone()));
    return Map.of(
        InventoryReconciliationProcess.VAR_RECONCILIATION_ID,
        run.id(),
        InventoryReconciliationProcess.VAR_FINDINGS,
        run.findings().stream().map(InventoryReconciliationService.Finding::variables).toList());
  }
}
