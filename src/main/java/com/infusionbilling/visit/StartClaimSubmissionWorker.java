package com.infusionbilling.visit;

import com.infusionbilling.claim.ClaimRef;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Start claim submission": {@code ClaimSubmission} for the claim version, once per version. */
@Component
public class StartClaimSubmissionWorker {
  private final VisitClaimService claims;

  public StartClaimSubmissionWorker(VisitClaimService claims) {
    this.claims = claims;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_START_CLAIM_SUBMISSION)
  public void start(@Variable long visitId, @Variable long claimId, @Variable int claimVersion) {
    claims.startSubmission(visitId, new ClaimRef(claimId, claimVersion));
  }
}
