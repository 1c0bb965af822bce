package com.infusionbilling.inventory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Alert managers": drug billed beyond what was dispensed is high severity (once per finding). */
@Component
public class AlertManagersOfInventoryVarianceWorker {
  private final InventoryReconciliationService reconciliations;

  public AlertManagersOfInventoryVarianceWorker(InventoryReconciliationService reconciliations) {
    this.reconciliations = reconciliations;
  }

  @JobWorker(type = InventoryReconciliationProcess.JOB_ALERT_MANAGERS)
  public void alert(@Variable long findingId) {
    reconciliations.alertManagers(findingId);
  }
}
