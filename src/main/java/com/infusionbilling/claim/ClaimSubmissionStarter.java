package com.infusionbilling.claim;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.process.ProcessStart;
import com.infusionbilling.process.ProcessStarted;
import com.infusionbilling.process.ProcessStarts;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts {@code ClaimSubmission} for a claim version through the process-start outbox: the instance
 * is created after the transaction that requests it commits (so after the claim's rows), with
 * business key {@code claim-<claimId>-v<version>}, so a retried call never starts a second
 * instance; the instance key is recorded on the claim once it exists.
 */
@Component
public class ClaimSubmissionStarter {
  private final ClaimService claims;
  private final ClaimProperties properties;
  private final BillingProperties billing;
  private final ProcessStarts starts;

  public ClaimSubmissionStarter(
      ClaimService claims,
      ClaimProperties properties,
      BillingProperties billing,
      ProcessStarts starts) {
    this.claims = claims;
    this.properties = properties;
    this.billing = billing;
    this.starts = starts;
  }

  /**
   * Requests the version's instance (in the caller's transaction, or its own); returns the outbox
   * row's ID. The same claim version again returns the first row and starts nothing new.
   */
  @Transactional
  public long start(ClaimRef ref) {
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
    return starts.enqueue(
        new ProcessStart(ClaimSubmissionProcess.PROCESS_ID, ref.key(), startVariables(claim)));
  }

  /** Records the instance key on the claim, in the transaction that marks the start done. */
  @EventListener
  void started(ProcessStarted started) {
    if (ClaimSubmissionProcess.PROCESS_ID.equals(started.processId())
        && started.variables().get(ClaimSubmissionProcess.VAR_CLAIM_ID) instanceof Number id) {
      claims.startedAs(id.longValue(), started.processInstanceKey());
    }
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
