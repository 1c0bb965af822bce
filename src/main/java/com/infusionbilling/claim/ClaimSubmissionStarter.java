package com.infusionbilling.claim;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.process.ProcessMessages;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts {@code ClaimSubmission} for a claim version whose rows have committed: publishes the start
 * message with message ID and correlation key {@code claim-<claimId>-v<version>}, so a retried call
 * never starts a second instance (the engine refuses a message ID it holds, and a message start
 * event starts one instance per correlation key at a time).
 */
@Component
public class ClaimSubmissionStarter {
  private final ClaimService claims;
  private final ClaimProperties properties;
  private final BillingProperties billing;
  private final ProcessMessages messages;

  public ClaimSubmissionStarter(
      ClaimService claims,
      ClaimProperties properties,
      BillingProperties billing,
      ProcessMessages messages) {
    this.claims = claims;
    this.properties = properties;
    this.billing = billing;
    this.messages = messages;
  }

  public void start(ClaimRef ref) {
    Claim claim = claims.get(ref.claimId());
    if (claim.getClaimVersion() != ref.version()) {
      throw new IllegalArgumentException(
          "claim "
              + ref.claimId()
              + " is version "
              + claim.getClaimVersion()
              + ", not "
              + ref.version());
    }
    messages.publish(
        ClaimSubmissionProcess.MESSAGE_CLAIM_READY, ref.key(), ref.key(), startVariables(claim));
  }

  /** IDs, the attempt counter and the two clocks the model needs (no PHI). */
  Map<String, Object> startVariables(Claim claim) {
    Map<String, Object> v = new HashMap<>();
    v.put(ClaimSubmissionProcess.VAR_CLAIM_ID, claim.getId());
    v.put(ClaimSubmissionProcess.VAR_CLAIM_VERSION, claim.getClaimVersion());
    v.put(ClaimSubmissionProcess.VAR_EPISODE_ID, claim.getEpisodeId());
    v.put(ClaimSubmissionProcess.VAR_VISIT_ID, claim.getVisitId());
    v.put(ClaimSubmissionProcess.VAR_SUBMISSION_ATTEMPT, 1);
    v.put(ClaimSubmissionProcess.VAR_CLAIM_KEY, claim.ref().key());
    v.put(ClaimSubmissionProcess.VAR_FILING_DEADLINE, claim.getFilingDeadline().toString());
    v.put(
        ClaimSubmissionProcess.VAR_FILING_WARNING_AT,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            claim
                .getFilingDeadline()
                .minusDays(properties.filingWarningDays())
                .atTime(LocalTime.of(8, 0))
                .atZone(billing.zone())));
    v.put(
        ClaimSubmissionProcess.VAR_REMITTANCE_WAIT, iso(properties.turnaround(claim.getPayerId())));
    return v;
  }

  /**
   * ISO 8601 duration in whole days when it is whole days ({@code P30D}), else as Java prints it.
   */
  static String iso(Duration d) {
    return d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString();
  }
}
