package com.infusionbilling.denial;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Rebill claim": a replacement claim (frequency 7, REF*F8) or a new claim (frequency 1) through
 * ClaimSubmission; the original is never edited.
 */
@Component
public class RebillClaimWorker {
  private final DenialActions actions;

  public RebillClaimWorker(DenialActions actions) {
    this.actions = actions;
  }

  @JobWorker(type = DenialManagementProcess.JOB_REBILL_CLAIM)
  public Map<String, Object> rebill(
      @Variable long denialId,
      @Variable(name = DenialManagementProcess.VAR_DENIAL_ACTION) String action,
      @Variable(name = DenialManagementProcess.VAR_RETRO_AUTHORIZATION_NUMBER)
          String authorizationNumber) {
    var ref = actions.rebill(denialId, action, authorizationNumber);
    return Map.of(
        DenialManagementProcess.VAR_REBILLED_CLAIM_ID, ref.claimId(),
        DenialManagementProcess.VAR_REBILLED_CLAIM_VERSION, ref.version());
  }
}
