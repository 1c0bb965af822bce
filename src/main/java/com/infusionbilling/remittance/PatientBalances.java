package com.infusionbilling.remittance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a patient owes without a payer's remittance behind it, written and read by other packages
 * through this API ({@code patient_responsibility} stays remittance's): the self-pay balance of a
 * drug the beneficiary asked not to bill Medicare for (ABN option 2, form CMS-R-131 section G: "I
 * want the item, do not bill Medicare, I am responsible for payment"). The amount is the line's
 * charge (the chargemaster's, the same for every payer), the status OPEN until the patient is
 * billed.
 */
@Service
public class PatientBalances {
  private final PatientResponsibilityRepository rows;

  PatientBalances(PatientResponsibilityRepository rows) {
    this.rows = rows;
  }

  /**
   * One line the patient pays for himself.
   *
   * @param lineNo the line's position in the visit's coding (0-based), its key within the visit
   * @param procedureCode the HCPCS code (J1745, ...), modifiers not included
   * @param amount the line's charge, positive
   */
  public record SelfPayLine(int lineNo, String procedureCode, int units, BigDecimal amount) {}

  /** A recorded self-pay charge, as the visit and episode pages show it. */
  public record SelfPayView(
      long id,
      long visitId,
      String procedureCode,
      Integer units,
      BigDecimal amount,
      String status,
      String reason,
      Instant createdAt) {}

  /**
   * Records the visit's self-pay lines once: the same visit and line again is not recorded twice (a
   * job delivered twice), so the first recording stays.
   *
   * @param reason why the patient pays (e.g. "ABN option 2 signed 2026-12-08, LCD L35677"), no PHI
   * @return every self-pay charge of the visit
   * @throws IllegalArgumentException a line without a positive amount, or no line at all
   */
  @Transactional
  public List<SelfPayView> recordSelfPay(
      long visitId, long episodeId, String reason, List<SelfPayLine> lines) {
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("a self-pay balance needs at least one line");
    }
    for (SelfPayLine l : lines) {
      if (l.amount() == null || l.amount().signum() <= 0) {
        throw new IllegalArgumentException(
            "line "
                + (l.lineNo() + 1)
                + " ("
                + l.procedureCode()
                + "): a self-pay charge needs a positive amount, not "
                + l.amount());
      }
      String key = "self-pay-visit-" + visitId + "-line-" + l.lineNo();
      if (!rows.existsByDedupKey(key)) {
        rows.save(
            PatientResponsibility.selfPay(
                visitId,
                episodeId,
                l.procedureCode(),
                l.units(),
                l.amount().setScale(2, RoundingMode.HALF_UP),
                reason,
                key));
      }
    }
    return selfPayOfVisit(visitId);
  }

  /** The visit's self-pay charges in the order recorded; empty when the patient pays none. */
  @Transactional(readOnly = true)
  public List<SelfPayView> selfPayOfVisit(long visitId) {
    return rows
        .findByVisitIdAndSourceOrderByIdAsc(visitId, PatientResponsibility.SOURCE_SELF_PAY)
        .stream()
        .map(
            p ->
                new SelfPayView(
                    p.getId(),
                    p.getVisitId(),
                    p.getProcedureCode(),
                    p.getUnits(),
                    p.getAmount(),
                    p.getStatus(),
                    p.getReason(),
                    p.getCreatedAt()))
        .toList();
  }
}
