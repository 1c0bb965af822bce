package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record dispense": the drug given and discarded, against its NDC and lot (once each). */
@Component
public class RecordDispenseWorker {
  private final VisitBillingService billing;

  public RecordDispenseWorker(VisitBillingService billing) {
    this.billing = billing;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_RECORD_DISPENSE)
  public Map<String, Object> record(@Variable long visitId) {
    return Map.of("lotsDispensed", billing.recordDispense(visitId));
  }
}
