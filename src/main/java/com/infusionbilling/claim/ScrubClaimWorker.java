package com.infusionbilling.claim;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Scrub claim": the billing engine's edits on the stored claim (job type in the constants). */
@Component
public class ScrubClaimWorker {
  private final ClaimSubmissionService submissions;

  public ScrubClaimWorker(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_SCRUB_CLAIM)
  public Map<String, Object> scrub(ActivatedJob job, @Variable long claimId) {
    var outcome = submissions.scrub(claimId, Long.toString(job.getKey()));
    return Map.of(
        ClaimSubmissionProcess.VAR_SCRUB_PASSED, outcome.passed(),
        ClaimSubmissionProcess.VAR_CORRECTION_REASON, outcome.errors());
  }
}
