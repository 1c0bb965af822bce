package com.infusionbilling.remittance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other packages (claims API, denial management, worklist) read about remittances: the only
 * way in from outside {@code remittance/}, which owns the tables. Codes come with their texts from
 * {@link AdjustmentCodes}.
 */
@Service
public class RemittanceQueries {
  private final RemittanceRecordRepository remittances;
  private final RemittanceClaimRepository claims;
  private final RemittanceLineRepository lines;
  private final RemittanceAdjustmentRepository adjustments;
  private final RemittanceRemarkRepository remarks;
  private final PatientResponsibilityRepository patientResponsibility;
  private final SecondarySettlementRepository settlements;
  private final AdjustmentCodes codes;

  RemittanceQueries(
      RemittanceRecordRepository remittances,
      RemittanceClaimRepository claims,
      RemittanceLineRepository lines,
      RemittanceAdjustmentRepository adjustments,
      RemittanceRemarkRepository remarks,
      PatientResponsibilityRepository patientResponsibility,
      SecondarySettlementRepository settlements,
      AdjustmentCodes codes) {
    this.remittances = remittances;
    this.claims = claims;
    this.lines = lines;
    this.adjustments = adjustments;
    this.remarks = remarks;
    this.patientResponsibility = patientResponsibility;
    this.settlements = settlements;
    this.codes = codes;
  }

  /** The CARC/RARC texts (also a bean of its own). */
  public AdjustmentCodes codes() {
    return codes;
  }

  /** One CLP as received and posted, with its payment (date, payer), CAS, RARCs and lines. */
  @Transactional(readOnly = true)
  public Optional<RemittanceView> remittanceClaim(long remittanceClaimId) {
    return claims.findById(remittanceClaimId).map(this::view);
  }

  /** Every CLP that named the claim version, in the order received. */
  @Transactional(readOnly = true)
  public List<RemittanceView> ofClaim(long claimId) {
    return claims.findByClaimIdOrderByIdAsc(claimId).stream().map(this::view).toList();
  }

  /** What the patient owes on a claim version, one row per PR adjustment. */
  @Transactional(readOnly = true)
  public List<RemittanceView.PatientResponsibilityView> patientResponsibility(long claimId) {
    return patientResponsibility.findByClaimIdOrderByIdAsc(claimId).stream()
        .map(
            p ->
                new RemittanceView.PatientResponsibilityView(
                    p.getId(),
                    p.getClaimId(),
                    p.getRemittanceClaimId(),
                    p.getRemittanceLineId(),
                    p.getCarc(),
                    codes.describe("PR-" + p.getCarc()),
                    p.getAmount(),
                    p.getStatus()))
        .toList();
  }

  /**
   * How the secondary payer's 835s settled the patient share the primary claim version {@code
   * primaryClaimId} left waiting for it, oldest first (REVERSED ones included).
   */
  @Transactional(readOnly = true)
  public List<RemittanceView.SettlementView> secondarySettlements(long primaryClaimId) {
    return settlements.findByPrimaryClaimIdOrderByIdAsc(primaryClaimId).stream()
        .map(
            s ->
                new RemittanceView.SettlementView(
                    s.getId(),
                    s.getPrimaryClaimId(),
                    s.getSecondaryClaimId(),
                    s.getRemittanceClaimId(),
                    s.getOutcome(),
                    s.getPatientShare(),
                    s.getSecondaryPaid(),
                    s.getPatientBalance(),
                    s.getWrittenOff(),
                    s.getWriteOffReason(),
                    s.getOverpaid()))
        .toList();
  }

  private RemittanceView view(RemittanceClaim c) {
    RemittanceRecord r = remittances.findById(c.getRemittanceId()).orElseThrow();
    List<RemittanceAdjustment> cas = adjustments.findByRemittanceClaimIdOrderByIdAsc(c.getId());
    List<RemittanceRemark> rarcs = remarks.findByRemittanceClaimIdOrderByIdAsc(c.getId());
    List<RemittanceView.LineView> lineViews = new ArrayList<>();
    for (RemittanceLine l : lines.findByRemittanceClaimIdOrderBySequenceNumberAsc(c.getId())) {
      lineViews.add(
          new RemittanceView.LineView(
              l.getId(),
              l.getSequenceNumber(),
              l.getClaimLineId(),
              l.getLineItemControlNumber(),
              l.getProcedureCode(),
              l.getModifiers(),
              l.getUnits(),
              l.getServiceDate(),
              l.getCharge(),
              l.getAllowed(),
              l.getExpectedAllowed(),
              l.getPaid(),
              cas.stream()
                  .filter(a -> l.getId().equals(a.getRemittanceLineId()))
                  .map(this::adjustment)
                  .toList(),
              rarcs.stream()
                  .filter(m -> l.getId().equals(m.getRemittanceLineId()))
                  .map(this::remark)
                  .toList()));
    }
    return new RemittanceView(
        c.getId(),
        r.getId(),
        r.getTraceNumber(),
        r.getPayerId(),
        r.getPayerName(),
        r.getPaymentDate(),
        r.getPaymentMethod(),
        c.getClaimId(),
        c.getStatusCode(),
        RemittanceView.status(c.getStatusCode()),
        c.getCharge(),
        c.getPaid(),
        c.getPatientResponsibility(),
        c.getPayerClaimControlNumber(),
        c.getPostingOutcome(),
        c.getPostedAt(),
        cas.stream().filter(a -> a.getRemittanceLineId() == null).map(this::adjustment).toList(),
        rarcs.stream().filter(m -> m.getRemittanceLineId() == null).map(this::remark).toList(),
        lineViews);
  }

  private RemittanceView.AdjustmentView adjustment(RemittanceAdjustment a) {
    return new RemittanceView.AdjustmentView(
        a.getGroupCode(),
        a.getCarc(),
        a.getGroupCode() + "-" + a.getCarc(),
        a.getAmount(),
        a.getQuantity(),
        codes.carc(a.getCarc()),
        codes.group(a.getGroupCode()));
  }

  private RemittanceView.RemarkView remark(RemittanceRemark m) {
    return new RemittanceView.RemarkView(m.getRarc(), codes.rarc(m.getRarc()));
  }
}
