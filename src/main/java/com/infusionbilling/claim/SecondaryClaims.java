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
  /** The rule a secondary claim line's expected amount comes from (ClaimLine.ruleId). */
  static final String RULE = "COB_SECONDARY";

  private final ClaimService claims;
  private final ClaimHistoryRepository history;
  private final ClaimRebills rebills;
  private final EpisodeDossiers dossiers;
  private final RemittanceQueries remittances;

  SecondaryClaims(
      ClaimService claims,
      ClaimHistoryRepository history,
      ClaimRebills rebills,
      EpisodeDossiers dossiers,
      RemittanceQueries remittances) {
    this.claims = claims;
    this.history = history;
    this.rebills = rebills;
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
   * primaryClaimId}; the same primary claim again returns the claim made the first time, unless the
   * primary was paid again since (an overturned appeal, a corrected claim, a reversal and its
   * corrected payment): then the secondary gets a replacement of its latest claim (frequency 7,
   * REF*F8 its claim control number) that carries the new adjudication, once per primary payment.
   *
   * @throws InvalidClaimException when the claim is itself a secondary claim, the episode has no
   *     secondary coverage, or the primary's adjudication is not posted
   */
  @Transactional
  public ClaimRef create(long primaryClaimId) {
    String dedup = "claim-secondary-of-" + primaryClaimId;
    Optional<ClaimHistoryEntry> done = history.findByDedupKey(dedup);
    if (done.isPresent()) {
      return replaceIfPaidAgain(claims.get(primaryClaimId), claims.get(done.get().getClaimId()));
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
    Map<Integer, BigDecimal> patientShare = patientShares(primary, adjudication);
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
      ClaimRebills.LineExpectation e = expectation(primary, l, patientShare);
      claims.lineRepository().save(l.copyTo(next, e.expected(), e.ruleId(), e.explanation()));
      total = total.add(l.getCharge() == null ? BigDecimal.ZERO : l.getCharge());
      expected = expected.add(e.expected());
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
    return rebills.open(
        next,
        primary,
        "SECONDARY_CLAIM_CREATED",
        "SECONDARY_BILLED",
        "CLAIM_SECONDARY_CREATED",
        detail,
        dedup,
        billedAfter(primaryClaimId, adjudication),
        "bills the secondary payer " + payer.payerId() + " after");
  }

  /**
   * The history key that says the secondary's claims carry the primary's payment {@code paid}: on
   * the primary's SECONDARY_BILLED row when the first secondary claim was made after it, on the
   * replacement's own row after a later payment.
   */
  private static String billedAfter(long primaryClaimId, RemittanceView paid) {
    return "claim-secondary-of-" + primaryClaimId + "-after-" + paid.remittanceClaimId();
  }

  /**
   * The secondary's claims already carry the primary's last payment when one of them was made after
   * it (history key {@code claim-secondary-of-<id>-after-<payment>}; for a first secondary claim
   * made before those keys, the 835 trace in its history); otherwise the latest of them is replaced
   * (frequency 7) with the new adjudication, once per primary payment (that key).
   *
   * @throws IllegalStateException the latest secondary claim has no payer claim control number yet
   *     (its 277CA): the replacement's REF*F8 waits for it (the job is retried)
   */
  private ClaimRef replaceIfPaidAgain(Claim primary, Claim first) {
    Claim latest = first;
    for (ClaimRef v : claims.ofVisit(primary.getVisitId())) {
      Claim c = claims.get(v.claimId());
      if (c.isSecondary()
          && primary.getId().equals(c.getPrimaryClaimId())
          && c.getClaimVersion() > latest.getClaimVersion()) {
        latest = c;
      }
    }
    Optional<RemittanceView> adjudication = adjudication(primary.getId());
    if (adjudication.isEmpty()) {
      return latest.ref();
    }
    RemittanceView paid = adjudication.get();
    String dedup = billedAfter(primary.getId(), paid);
    if (history.findByDedupKey(dedup).isPresent() || billedBeforeKeys(primary, paid)) {
      return latest.ref();
    }
    if (latest.getPayerClaimControlNumber() == null) {
      throw new IllegalStateException(
          "secondary claim "
              + latest.getId()
              + " has no payer claim control number yet (277CA): the replacement that carries"
              + " claim "
              + primary.getId()
              + "'s later payment (REF*F8) waits for it");
    }
    Map<Integer, BigDecimal> shares = patientShares(primary, paid);
    BigDecimal share = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    String reason =
        "the primary "
            + primary.getPayerId()
            + " paid claim "
            + primary.getId()
            + " again (835 "
            + paid.traceNumber()
            + ", paid $"
            + paid.paid().toPlainString()
            + "): the secondary gets the new adjudication, patient share $"
            + share.toPlainString();
    ClaimRef next =
        rebills.rebill(
            latest,
            ClaimRebills.REPLACEMENT,
            null,
            reason,
            dedup,
            l -> expectation(primary, l, shares));
    claims.record(
        primary,
        "SECONDARY_REBILLED",
        primary.getStatus(),
        primary.getStatus(),
        "secondary claim "
            + latest.getId()
            + " replaced by claim "
            + next.claimId()
            + ": "
            + reason,
        ClaimService.SYSTEM,
        dedup + "-primary");
    return next;
  }

  /**
   * A first secondary claim made before the {@link #billedAfter} keys (its primary's row keyed
   * {@code -primary}) names the 835 it was made after in its detail: the same trace is the same
   * payment.
   */
  private boolean billedBeforeKeys(Claim primary, RemittanceView paid) {
    return history
        .findByDedupKey("claim-secondary-of-" + primary.getId() + "-primary")
        .map(
            h ->
                h.getDetail() != null && h.getDetail().contains("(835 " + paid.traceNumber() + ","))
        .orElse(false);
  }

  /** Per line number, what the primary's adjudication left the patient on that line (its PR). */
  private Map<Integer, BigDecimal> patientShares(Claim primary, RemittanceView adjudication) {
    return byLineNumber(primary.getId(), adjudication, l -> patientShare(l.adjustments()));
  }

  /**
   * Per line number of the primary claim version, what {@code f} makes of the adjudication's line
   * for it (a line the 835 does not name has none).
   */
  <T> Map<Integer, T> byLineNumber(
      long primaryClaimId,
      RemittanceView adjudication,
      java.util.function.Function<RemittanceView.LineView, T> f) {
    Map<Long, Integer> lineNumbers = new HashMap<>();
    for (ClaimLine l : claims.lines(primaryClaimId)) {
      lineNumbers.put(l.getId(), l.getLineNumber());
    }
    Map<Integer, T> out = new HashMap<>();
    for (RemittanceView.LineView l : adjudication.lines()) {
      Integer n = l.claimLineId() == null ? null : lineNumbers.get(l.claimLineId());
      if (n != null) {
        out.put(n, f.apply(l));
      }
    }
    return out;
  }

  /** A secondary claim line expects the patient's share the primary left on the same line. */
  private static ClaimRebills.LineExpectation expectation(
      Claim primary, ClaimLine line, Map<Integer, BigDecimal> shares) {
    BigDecimal share = shares.getOrDefault(line.getLineNumber(), BigDecimal.ZERO);
    return new ClaimRebills.LineExpectation(
        share,
        RULE,
        "secondary payer: the patient's share the primary ("
            + primary.getPayerId()
            + ", claim "
            + primary.getId()
            + ") left on this line, $"
            + share.toPlainString());
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
