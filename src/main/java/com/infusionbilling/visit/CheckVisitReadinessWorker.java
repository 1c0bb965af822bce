package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Check visit readiness": the facts {@code Decision_VisitReadiness} decides on. */
@Component
public class CheckVisitReadinessWorker {
  private final VisitReadiness readiness;

  public CheckVisitReadinessWorker(VisitReadiness readiness) {
    this.readiness = readiness;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_CHECK_VISIT_READINESS)
  public Map<String, Object> check(@Variable long visitId) {
    return readiness.facts(visitId);
  }
}
