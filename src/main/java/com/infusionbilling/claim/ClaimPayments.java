package com.infusionbilling.claim;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What remittance posting (package {@code remittance}, issue 17) reads about a claim version and
 * the statuses it moves it to: PAID, PARTIALLY_PAID, DENIED, WRITTEN_OFF, CLOSED, and back to
 * ACKNOWLEDGED when the payer reverses a payment. Each change once per key, with a history row.
 */
@Service
public class ClaimPayments {
  private static final Set<ClaimStatus> SETTLED =
      EnumSet.of(
          ClaimStatus.PAID,
          ClaimStatus.PARTIALLY_PAID,
          ClaimStatus.DENIED,
          ClaimStatus.WRITTEN_OFF,
          ClaimStatus.CLOSED,
          ClaimStatus.ACKNOWLEDGED);

  private final ClaimService claims;
  private final SecondaryClaims secondaryClaims;

  ClaimPayments(ClaimService claims, SecondaryClaims secondaryClaims) {
    this.claims = claims;
    this.secondaryClaims = secondaryClaims;
  }

  /**
   * A claim version as posting needs it (no names or member IDs).
   *
   * @param payerResponsibility SBR01 of the payer it went to: P primary, S secondary
   * @param secondaryPayerId the episode's secondary payer, for a primary claim whose episode has
   *     secondary coverage (billed after this claim is adjudicated); else null
   * @param primaryClaimId for a secondary claim, the primary claim version whose patient share it
   *     bills; else null
   */
  public record PostingClaim(
      long claimId,
      int version,
      long episodeId,
      String payerId,
      String claimType,
      ClaimStatus status,
      String patientControlNumber,
      String payerClaimControlNumber,
      BigDecimal totalCharge,
      BigDecimal totalExpectedAllowed,
      List<PostingLine> lines,
      String payerResponsibility,
      String secondaryPayerId,
      Long primaryClaimId) {

    /** The {@code ClaimSubmission} correlation key of the version ({@link ClaimRef#key}). */
    public String claimKey() {
      return new ClaimRef(claimId, version).key();
    }

    public Optional<PostingLine> line(String lineControlNumber) {
      return lines.stream()
          .filter(l -> l.lineControlNumber().equals(lineControlNumber))
          .findFirst();
    }
  }

  /** One claim line: its 837 REF*6R and the billing engine's expected allowed amount. */
  public record PostingLine(
      long claimLineId,
      int lineNumber,
      String lineControlNumber,
      String code,
      List<String> modifiers,
      int units,
      BigDecimal charge,
      BigDecimal expectedAllowed) {}

  /** The claim version whose CLM01 is {@code patientControlNumber} (an 835 CLP01). */
  public Optional<PostingClaim> byPatientControlNumber(String patientControlNumber) {
    return claims.claims().findByPatientControlNumber(patientControlNumber).map(this::posting);
  }

  public Optional<PostingClaim> claim(long claimId) {
    return claims.find(claimId).map(this::posting);
  }

  private PostingClaim posting(Claim c) {
    return new PostingClaim(
        c.getId(),
        c.getClaimVersion(),
        c.getEpisodeId(),
        c.getPayerId(),
        ClaimQueries.type(c.getClaimType()),
        c.getStatus(),
        c.getPatientControlNumber(),
        c.getPayerClaimControlNumber(),
        c.getTotalCharge(),
        c.getTotalExpectedAllowed(),
        claims.lines(c.getId()).stream()
            .map(
                l ->
                    new PostingLine(
                        l.getId(),
                        l.getLineNumber(),
                        l.getLineControlNumber(),
                        l.getCode(),
                        l.getModifiers(),
                        l.getUnits(),
                        l.getCharge(),
                        l.getExpectedAllowed()))
            .toList(),
        c.getPayerResponsibility(),
        secondaryClaims.secondaryPayer(c.getId()).orElse(null),
        c.getPrimaryClaimId());
  }

  /**
   * A history row on the claim version and a line on the episode's timeline without a change of
   * status (e.g. the secondary payer settled its patient share), once per {@code key}. Joins the
   * caller's transaction.
   *
   * @return false when {@code key} was recorded before
   */
  public boolean note(long claimId, String event, String detail, String key) {
    Claim claim = claims.get(claimId);
    if (!claims.record(
        claim, event, claim.getStatus(), claim.getStatus(), detail, ClaimService.SYSTEM, key)) {
      return false;
    }
    claims
        .timeline()
        .record(
            claim.getEpisodeId(),
            "CLAIM_" + event,
            "claim " + claimId + " v" + claim.getClaimVersion() + ": " + detail,
            "claim-" + key);
    return true;
  }

  /**
   * Moves the claim version to what the payer decided, with a history row and a line on the
   * episode's timeline, once per {@code key}. Joins the caller's transaction (the posting's).
   *
   * @return false when {@code key} was recorded before (nothing changed)
   */
  public boolean settle(
      long claimId, ClaimStatus to, String event, String detail, String actor, String key) {
    if (!SETTLED.contains(to)) {
      throw new IllegalArgumentException("posting does not move a claim to " + to);
    }
    Claim claim = claims.get(claimId);
    ClaimStatus from = claim.getStatus();
    if (!claims.record(
        claim, event, from, to, detail, actor == null ? ClaimService.SYSTEM : actor, key)) {
      return false;
    }
    if (from != to) {
      claim.moveTo(to);
      claims.claims().save(claim);
    }
    claims
        .timeline()
        .record(
            claim.getEpisodeId(),
            "CLAIM_" + to.name(),
            "claim " + claimId + " v" + claim.getClaimVersion() + ": " + detail,
            "claim-" + key);
    return true;
  }
}
