package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Code encounter": the billing engine codes the visit's documentation (once per version). */
@Component
public class CodeEncounterWorker {
  private final VisitCodingService coding;

  public CodeEncounterWorker(VisitCodingService coding) {
    this.coding = coding;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_CODE_ENCOUNTER)
  public Map<String, Object> code(@Variable long visitId) {
    return coding.code(visitId);
  }
}
