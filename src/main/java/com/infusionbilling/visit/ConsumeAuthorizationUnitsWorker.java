package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Consume authorization units": once per visit; "units low" when the next dose is not covered. */
@Component
public class ConsumeAuthorizationUnitsWorker {
  private final VisitBillingService billing;

  public ConsumeAuthorizationUnitsWorker(VisitBillingService billing) {
    this.billing = billing;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_CONSUME_AUTHORIZATION_UNITS)
  public Map<String, Object> consume(@Variable long visitId) {
    var used = billing.consumeUnits(visitId);
    return Map.of("unitsUsed", used.quantity(), "unitsLow", used.unitsLow());
  }
}
