package com.infusionbilling.claim;

import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.remittance.RemittanceQueries;
import com.infusionbilling.remittance.RemittanceView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordination of benefits: once the primary payer adjudicated a claim version and left the patient
 * a share (PR-1 deductible, PR-2 coinsurance, ...) without crossing the claim over to the
 * supplemental insurer itself (MA18/N89), the episode's secondary payer is billed with a claim of
 * its own: a new version of the visit's claim addressed to the secondary coverage (SBR01 S,
 * frequency 1), with the same lines and charges, that carries the primary's adjudication from its
 * posted 835 (837P or 837I loop 2320 with the claim-level CAS and AMT*D, 2330A/2330B, and per line
 * 2430). Each line expects what the primary left the patient on it. Started through {@link
 * ClaimSubmissionStarter} in the same transaction; one secondary claim per primary claim version,
 * however often it is asked for.
 */
@Service
public class SecondaryClaims {
  private static final Logger log = LoggerFactory.getLogger(SecondaryClaims.class);

  /** The rule a secondary claim line's expected amount comes from (ClaimLine.ruleId). */
  static final String RULE = "COB_SECONDARY";

  private final ClaimService claims;
  private final ClaimHistoryRepository history;
  private final ClaimSubmissionStarter starter;
  private final EpisodeDossiers dossiers;
  private final RemittanceQueries remittances;

  SecondaryClaims(
      ClaimService claims,
      ClaimHistoryRepository history,
      ClaimSubmissionStarter starter,
      EpisodeDossiers dossiers,
      RemittanceQueries remittances) {
    this.claims = claims;
    this.history = history;
    this.starter = starter;
    this.dossiers = dossiers;
    this.remittances = remittances;
  }

  /**
   * The payer of the episode's secondary coverage, when the claim version is a primary claim and
   * the episode has one.
   */
  @Transactional(readOnly = true)
  public Optional<String> secondaryPayer(long claimId) {
    Claim c = claims.get(claimId);
    if (c.isSecondary()) {
      return Optional.empty();
    }
    return dossiers.secondaryCoverage(c.getEpisodeId()).map(Coverage::getPayerId);
  }

  /**
   * The claim to the secondary payer after the primary's posted adjudication of {@code
   * primaryClaimId}; the same primary claim again returns the claim made the first time.
   *
   * @throws InvalidClaimException when the claim is itself a secondary claim, the episode has no
   *     secondary coverage, or the primary's adjudication is not posted
   */
  @Transactional
  public ClaimRef create(long primaryClaimId) {
    String dedup = "claim-secondary-of-" + primaryClaimId;
    Optional<ClaimHistoryEntry> done = history.findByDedupKey(dedup);
    if (done.isPresent()) {
      return claims.get(done.get().getClaimId()).ref();
    }
    Claim primary = claims.get(primaryClaimId);
    if (primary.isSecondary()) {
      throw new InvalidClaimException(
          "claimId", "claim " + primaryClaimId + " is a secondary claim: no tertiary billing");
    }
    Coverage secondary =
        dossiers
            .secondaryCoverage(primary.getEpisodeId())
            .orElseThrow(
                () ->
                    new InvalidClaimException(
                        "episodeId",
                        "episode " + primary.getEpisodeId() + " has no secondary coverage"));
    Payer payer =
        claims
            .billing()
            .referenceSnapshot()
            .payer(secondary.getPayerId())
            .orElseThrow(
                () -> new InvalidClaimException("payerId", "not in the catalogue: secondary"));
    RemittanceView adjudication =
        adjudication(primaryClaimId)
            .orElseThrow(
                () ->
                    new InvalidClaimException(
                        "claimId",
                        "claim " + primaryClaimId + " has no posted adjudication to coordinate"));
    Map<Long, BigDecimal> patientShare = new HashMap<>();
    for (RemittanceView.LineView l : adjudication.lines()) {
      if (l.claimLineId() != null) {
        patientShare.put(l.claimLineId(), patientShare(l.adjustments()));
      }
    }
    int version = claims.nextVersion(primary.getVisitId());
    Claim next =
        claims
            .claims()
            .saveAndFlush(
                new Claim(
                    primary.getVisitId(),
                    primary.getEpisodeId(),
                    version,
                    "1",
                    primary.getClaimType(),
                    payer.payerId(),
                    primary.getSiteOfCare(),
                    primary.getDateOfService(),
                    primary.getAuthorizationNumber(),
                    primary.getDiagnoses(),
                    primary.getRenderingNpi(),
                    ClaimService.filingDeadline(payer, primary.getDateOfService())));
    next.assignPatientControlNumber();
    next.billsSecondaryAfter(primary);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal expected = BigDecimal.ZERO;
    for (ClaimLine l : claims.lines(primary.getId())) {
      BigDecimal share = patientShare.getOrDefault(l.getId(), BigDecimal.ZERO);
      ClaimLine copy =
          l.copyTo(
              next,
              share,
              RULE,
              "secondary payer: the patient's share the primary ("
                  + primary.getPayerId()
                  + ", claim "
                  + primary.getId()
                  + ") left on this line, $"
                  + share.toPlainString());
      claims.lineRepository().save(copy);
      total = total.add(l.getCharge() == null ? BigDecimal.ZERO : l.getCharge());
      expected = expected.add(share);
    }
    next.totals(total, expected);
    claims.claims().save(next);
    String detail =
        "version "
            + version
            + ", secondary claim (SBR01 S) to "
            + payer.payerId()
            + " after claim "
            + primary.getId()
            + " v"
            + primary.getClaimVersion()
            + " was adjudicated by "
            + primary.getPayerId()
            + " (835 "
            + adjudication.traceNumber()
            + ", paid $"
            + adjudication.paid().toPlainString()
            + ", patient share $"
            + expected.toPlainString()
            + ")";
    claims.record(
        next,
        "SECONDARY_CLAIM_CREATED",
        null,
        ClaimStatus.DRAFT,
        detail,
        ClaimService.SYSTEM,
        dedup);
    claims.record(
        primary,
        "SECONDARY_BILLED",
        primary.getStatus(),
        primary.getStatus(),
        "followed by claim " + next.getId() + " " + detail,
        ClaimService.SYSTEM,
        dedup + "-primary");
    claims
        .timeline()
        .record(
            primary.getEpisodeId(),
            "CLAIM_SECONDARY_CREATED",
            "claim " + next.getId() + " " + detail,
            dedup);
    starter.start(next.ref());
    log.info(
        "claim {} v{} bills the secondary payer {} after claim {}",
        next.getId(),
        version,
        payer.payerId(),
        primary.getId());
    return next.ref();
  }

  /**
   * The primary's adjudication a claim version was paid with: the last posted claim payment of its
   * 835s that is not a CLP02 22 reversal (a reversal's corrected payment comes after it).
   */
  Optional<RemittanceView> adjudication(long claimId) {
    List<RemittanceView> all = remittances.ofClaim(claimId);
    RemittanceView last = null;
    for (RemittanceView v : all) {
      if (!"22".equals(v.statusCode()) && v.postedAt() != null) {
        last = v;
      }
    }
    return Optional.ofNullable(last);
  }

  /** What the payer left the patient on a line: its PR adjustments. */
  static BigDecimal patientShare(List<RemittanceView.AdjustmentView> adjustments) {
    return adjustments.stream()
        .filter(a -> "PR".equals(a.groupCode()) && a.amount() != null)
        .map(RemittanceView.AdjustmentView::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
