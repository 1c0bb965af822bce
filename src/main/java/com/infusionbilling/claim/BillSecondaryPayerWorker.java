package com.infusionbilling.claim;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Bill secondary payer": the claim to the episode's secondary payer, carrying the primary's
 * adjudication, started through its own {@code ClaimSubmission}; one per primary claim version.
 */
@Component
public class BillSecondaryPayerWorker {
  private final SecondaryClaims secondaryClaims;

  public BillSecondaryPayerWorker(SecondaryClaims secondaryClaims) {
    this.secondaryClaims = secondaryClaims;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_BILL_SECONDARY_PAYER)
  public Map<String, Object> bill(@Variable long claimId) {
    ClaimRef secondary = secondaryClaims.create(claimId);
    return Map.of(
        ClaimSubmissionProcess.VAR_SECONDARY_CLAIM_ID, secondary.claimId(),
        ClaimSubmissionProcess.VAR_SECONDARY_CLAIM_VERSION, secondary.version());
  }
}
