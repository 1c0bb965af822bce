package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record visit readiness": READY or HELD on the visit, and whether its drug is billed. */
@Component
public class RecordVisitReadinessWorker {
  private final VisitReadiness readiness;

  public RecordVisitReadinessWorker(VisitReadiness readiness) {
    this.readiness = readiness;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_RECORD_VISIT_READINESS)
  public Map<String, Object> record(
      @Variable long visitId,
      @Variable Map<String, Object> readiness,
      @Variable(name = "authorizationId") Long authorizationId) {
    boolean billDrug = !Boolean.FALSE.equals(readiness.get("billDrug"));
    String reason = String.valueOf(readiness.get("reason"));
    this.readiness.record(
        visitId, String.valueOf(readiness.get("action")), reason, billDrug, authorizationId);
    return Map.of(InfusionVisitProcess.VAR_BILL_DRUG, billDrug, "readinessReason", reason);
  }
}
