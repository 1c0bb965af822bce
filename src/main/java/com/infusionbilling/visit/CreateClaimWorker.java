package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Create claim": the visit's original claim from its coding (idempotent by visit). */
@Component
public class CreateClaimWorker {
  private final VisitClaimService claims;

  public CreateClaimWorker(VisitClaimService claims) {
    this.claims = claims;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_CREATE_CLAIM)
  public Map<String, Object> create(@Variable long visitId) {
    var ref = claims.createClaim(visitId);
    return Map.of(
        InfusionVisitProcess.VAR_CLAIM_ID, ref.claimId(),
        InfusionVisitProcess.VAR_CLAIM_VERSION, ref.version());
  }
}
