package com.infusionbilling.inventory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record investigation": the cause, corrective action and linked visit pharmacy recorded. */
@Component
public class RecordInventoryInvestigationWorker {
  private final InventoryReconciliationService reconciliations;

  public RecordInventoryInvestigationWorker(InventoryReconciliationService reconciliations) {
    this.reconciliations = reconciliations;
  }

  @JobWorker(type = InventoryReconciliationProcess.JOB_RECORD_INVESTIGATION)
  public void record(
      @Variable long findingId,
      @Variable(optional = true) Map<String, Object> assessment,
      @Variable String varianceCause,
      @Variable String correctiveAction,
      @Variable(optional = true) Number linkedVisitId) {
    reconciliations.recordInvestigation(
        findingId,
        assessment == null ? null : (String) assessment.get("severity"),
        varianceCause,
        correctiveAction,
        linkedVisitId == null ? null : linkedVisitId.longValue(),
        "pharmacy");
  }
}
