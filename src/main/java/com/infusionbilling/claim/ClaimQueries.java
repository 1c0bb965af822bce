package com.infusionbilling.claim;

import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.remittance.RemittanceQueries;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other packages (the API, worklist, dashboard, episode view) read about claims: the only way
 * in from outside {@code claim/}, which owns the tables. Callers that show a claim to a person
 * audit the view.
 */
@Service
public class ClaimQueries {
  private final ClaimRepository claims;
  private final ClaimLineRepository lines;
  private final ClaimHistoryRepository history;
  private final ClaimAckRepository acks;
  private final ClaimScrub scrub;
  private final RemittanceQueries remittances;
  private final JdbcTemplate jdbc;

  ClaimQueries(
      ClaimRepository claims,
      ClaimLineRepository lines,
      ClaimHistoryRepository history,
      ClaimAckRepository acks,
      ClaimScrub scrub,
      RemittanceQueries remittances,
      JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.claims = claims;
    this.lines = lines;
    this.history = history;
    this.acks = acks;
    this.scrub = scrub;
    this.remittances = remittances;
  }

  @Transactional(readOnly = true)
  public Optional<ClaimView> view(long claimId) {
    return claims.findById(claimId).map(this::view);
  }

  /** Every claim version of an episode, oldest first. */
  @Transactional(readOnly = true)
  public List<ClaimView> ofEpisode(long episodeId) {
    return claims.findByEpisodeIdOrderByIdAsc(episodeId).stream().map(this::view).toList();
  }

  /** How many claim versions are in each status (every status, zeros included). */
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> countByStatus() {
    Map<ClaimStatus, Long> out = new EnumMap<>(ClaimStatus.class);
    for (ClaimStatus s : ClaimStatus.values()) {
      out.put(s, claims.countByStatus(s));
    }
    return out;
  }

  /** The most recently changed claims in a status, newest first. */
  @Transactional(readOnly = true)
  public List<ClaimView.Summary> inStatus(ClaimStatus status, int limit) {
    return claims
        .findByStatus(
            status,
            PageRequest.of(0, Math.max(1, Math.min(limit, 500)), Sort.by("updatedAt").descending()))
        .stream()
        .map(
            c ->
                new ClaimView.Summary(
                    c.getId(),
                    c.getClaimVersion(),
                    type(c.getClaimType()),
                    c.getStatus().name(),
                    c.getEpisodeId(),
                    c.getPayerId(),
                    c.getDateOfService(),
                    c.getFilingDeadline(),
                    c.getTotalCharge(),
                    c.getUpdatedAt()))
        .toList();
  }

  static String type(ClaimType t) {
    return t == ClaimType.INSTITUTIONAL ? "837I" : "837P";
  }

  private ClaimView view(Claim c) {
    return new ClaimView(
        c.getId(),
        c.getClaimVersion(),
        c.getFrequencyCode(),
        c.getPayerResponsibility(),
        c.getPrimaryClaimId(),
        type(c.getClaimType()),
        c.getStatus().name(),
        c.getPayerClaimControlNumber(),
        c.getTotalCharge(),
        c.getTotalExpectedAllowed(),
        c.getEpisodeId(),
        c.getVisitId(),
        c.getPayerId(),
        c.getSiteOfCare(),
        c.getDateOfService(),
        c.getFilingDeadline(),
        c.getPatientControlNumber(),
        c.getAuthorizationNumber(),
        c.getDiagnoses(),
        c.getSubmissionAttempt(),
        c.getLastInterchangeControlNumber(),
        c.getFiledAt(),
        c.getProcessInstanceKey(),
        lines.findByClaimIdOrderByLineNumberAsc(c.getId()).stream()
            .map(
                l ->
                    new ClaimView.Line(
                        l.getLineNumber(),
                        l.getLineControlNumber(),
                        l.getCode(),
                        l.getModifiers(),
                        l.getUnits(),
                        l.getNdc(),
                        l.getNdcQuantity(),
                        l.getNdcUnit(),
                        l.getCharge(),
                        l.getChargeSource(),
                        l.getExpectedAllowed(),
                        l.getRuleId(),
                        l.getExplanation(),
                        l.getRevenueCode(),
                        l.getDiagnosisPointers(),
                        l.getId()))
            .toList(),
        scrub.fromJson(c.getScrubEdits()).stream()
            .map(f -> new ClaimView.EditView(f.severity(), f.code(), f.message(), f.line()))
            .toList(),
        acks.findByClaimIdOrderByReceivedAtAscIdAsc(c.getId()).stream()
            .map(
                a ->
                    new ClaimView.Acknowledgement(
                        a.getAckType(),
                        a.getSubmissionAttempt(),
                        a.isAccepted(),
                        a.getCodes(),
                        a.getExplanation(),
                        a.getPayerText(),
                        a.getPayerClaimControlNumber(),
                        a.getSourceFile(),
                        a.getReceivedAt()))
            .toList(),
        remittances.ofClaim(c.getId()),
        remittances.patientResponsibility(c.getId()),
        remittances.secondarySettlements(c.getId()),
        history.findByClaimIdOrderByOccurredAtAscIdAsc(c.getId()).stream()
            .map(
                h ->
                    new ClaimView.HistoryItem(
                        h.getOccurredAt(),
                        h.getEvent(),
                        h.getFromStatus() == null ? null : h.getFromStatus().name(),
                        h.getToStatus().name(),
                        h.getDetail(),
                        h.getActor()))
            .toList());
  }

  /** Drug units billed for one visit and NDC (administered and JW lines together). */
  public record BilledDrugUnits(long visitId, String ndc11, long units) {}

  /**
   * The HCPCS units billed per visit and NDC, for inventory reconciliation: the lines with an NDC
   * of each visit's latest claim version that went out to the payer (not a draft, a claim that
   * failed the scrub, or one the clearinghouse rejected).
   */
  @Transactional(readOnly = true)
  public List<BilledDrugUnits> billedDrugUnits() {
    return jdbc.query(
        """
        SELECT c.visit_id, l.ndc, SUM(l.units) AS units
          FROM claim c JOIN claim_line l ON l.claim_id = c.id
         WHERE l.ndc IS NOT NULL
           AND c.status NOT IN ('DRAFT', 'SCRUB_FAILED', 'REJECTED')
           AND c.version = (SELECT MAX(c2.version) FROM claim c2
                             WHERE c2.visit_id = c.visit_id
                               AND c2.status NOT IN ('DRAFT', 'SCRUB_FAILED', 'REJECTED'))
         GROUP BY c.visit_id, l.ndc
        """,
        (rs, i) -> new BilledDrugUnits(rs.getLong(1), rs.getString(2), rs.getLong(3)));
  }
}
