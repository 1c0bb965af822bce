package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimPayments;
import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.claim.ClaimStatus;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Coordination of benefits, the secondary's answer: when the secondary payer's claim payment is
 * posted on a secondary claim (SBR01 S), the primary's patient share that waited for it (rows
 * SECONDARY of the primary claim) is settled in that posting's transaction, once per claim payment:
 *
 * <ul>
 *   <li>what the secondary paid settles the share first (a payment above it is {@code overpaid}, a
 *       credit, never applied twice);
 *   <li>what it left the patient (its own PR-1/2/3, which posting keeps as OPEN rows of the
 *       secondary claim: the patient's balance) comes next;
 *   <li>the rest it adjusted (CO/OA/PI) is written off, with those reasons;
 * </ul>
 *
 * so share = paid + patient balance + written off. The primary's rows become SETTLED. A secondary
 * that denies (nothing paid, nothing left to the patient) hands the whole share back to the
 * patient: the primary's rows are OPEN again. A CLP02 22 reversal of the secondary's payment undoes
 * its settlement (the rows wait for the corrected payment, SECONDARY again).
 */
@Service
class SecondarySettlements {
  private static final Logger log = LoggerFactory.getLogger(SecondarySettlements.class);

  private final SecondarySettlementRepository settlements;
  private final PatientResponsibilityRepository rows;
  private final ClaimPayments claimPayments;

  SecondarySettlements(
      SecondarySettlementRepository settlements,
      PatientResponsibilityRepository rows,
      ClaimPayments claimPayments) {
    this.settlements = settlements;
    this.rows = rows;
    this.claimPayments = claimPayments;
  }

  /**
   * Settles the primary's waiting share with the secondary's claim payment {@code rc} (posted as
   * {@code status}); nothing when the claim is not a secondary claim or {@code rc} settled before.
   */
  Optional<SecondarySettlement> settle(
      PostingClaim secondary,
      RemittanceRecord remittance,
      RemittanceClaim rc,
      ClaimStatus status,
      List<RemittanceAdjustment> cas) {
    Long primaryId = secondary.primaryClaimId();
    if (primaryId == null || !"S".equals(secondary.payerResponsibility())) {
      return Optional.empty();
    }
    Optional<SecondarySettlement> done = settlements.findByRemittanceClaimId(rc.getId());
    if (done.isPresent()) {
      return done;
    }
    List<PatientResponsibility> waiting =
        rows.findByClaimIdOrderByIdAsc(primaryId).stream()
            .filter(p -> PatientResponsibility.SECONDARY.equals(p.getStatus()))
            .toList();
    BigDecimal share = sum(waiting.stream().map(PatientResponsibility::getAmount).toList());
    BigDecimal left =
        sum(
            cas.stream()
                .filter(
                    a ->
                        "PR".equals(a.getGroupCode())
                            && !RemittancePosting.PATIENT_DENIALS.contains(a.getCarc()))
                .map(RemittanceAdjustment::getAmount)
                .toList());
    SecondarySettlement s;
    if (status == ClaimStatus.DENIED) {
      s =
          new SecondarySettlement(
              primaryId,
              secondary.claimId(),
              rc.getId(),
              SecondarySettlement.DENIED,
              share,
              BigDecimal.ZERO,
              share,
              BigDecimal.ZERO,
              null,
              BigDecimal.ZERO);
    } else {
      BigDecimal paid = rc.getPaid().max(BigDecimal.ZERO);
      BigDecimal applied = paid.min(share);
      BigDecimal balance = left.min(share.subtract(applied));
      BigDecimal writtenOff = share.subtract(applied).subtract(balance);
      s =
          new SecondarySettlement(
              primaryId,
              secondary.claimId(),
              rc.getId(),
              SecondarySettlement.SETTLED,
              share,
              applied,
              balance,
              writtenOff,
              writtenOff.signum() > 0 ? reasons(cas) : null,
              paid.subtract(applied));
    }
    s = settlements.save(s);
    String to =
        SecondarySettlement.DENIED.equals(s.getOutcome())
            ? PatientResponsibility.OPEN
            : PatientResponsibility.SETTLED;
    for (PatientResponsibility p : waiting) {
      p.settledBy(to, s.getId());
      rows.save(p);
    }
    String detail = detail(s, secondary, remittance);
    claimPayments.note(primaryId, "SECONDARY_SETTLED", detail, "secondary-settled-" + rc.getId());
    claimPayments.note(
        secondary.claimId(),
        "SECONDARY_SETTLED",
        detail,
        "secondary-settled-" + rc.getId() + "-secondary");
    log.info(
        "secondary claim {} payment {} settled the share of claim {}: {}",
        secondary.claimId(),
        rc.getId(),
        primaryId,
        s.getOutcome());
    return Optional.of(s);
  }

  /**
   * The secondary reversed the payment {@code reversed} (CLP02 22): its settlement is REVERSED and
   * the primary's rows it moved wait for the secondary's corrected payment again.
   */
  void reverse(RemittanceClaim reversed, RemittanceClaim reversal) {
    Optional<SecondarySettlement> found = settlements.findByRemittanceClaimId(reversed.getId());
    if (found.isEmpty() || SecondarySettlement.REVERSED.equals(found.get().getOutcome())) {
      return;
    }
    SecondarySettlement s = found.get();
    for (PatientResponsibility p : rows.findByClaimIdOrderByIdAsc(s.getPrimaryClaimId())) {
      // a row the primary's own reversal took back stays REVERSED
      if (s.getId().equals(p.getSettlementId())
          && !PatientResponsibility.REVERSED.equals(p.getStatus())) {
        p.settledBy(PatientResponsibility.SECONDARY, null);
        rows.save(p);
      }
    }
    s.reversed();
    settlements.save(s);
    claimPayments.note(
        s.getPrimaryClaimId(),
        "SECONDARY_SETTLEMENT_REVERSED",
        "the secondary payer reversed claim "
            + s.getSecondaryClaimId()
            + "'s payment (835 claim payment "
            + reversal.getId()
            + "): the patient share of $"
            + s.getPatientShare().toPlainString()
            + " waits for its corrected payment",
        "secondary-settlement-reversed-" + s.getId());
  }

  /**
   * Why the secondary did not pay the rest: its CO/OA/PI reasons other than 23 (the prior payer's
   * adjudication, which is the primary's part, not the share), e.g. "CO-45".
   */
  static String reasons(List<RemittanceAdjustment> cas) {
    Set<String> codes = new LinkedHashSet<>();
    for (RemittanceAdjustment a : cas) {
      if (!"PR".equals(a.getGroupCode())
          && !"23".equals(a.getCarc())
          && a.getAmount() != null
          && a.getAmount().signum() > 0) {
        codes.add(a.getGroupCode() + "-" + a.getCarc());
      }
    }
    return codes.isEmpty()
        ? "OA-23 (adjusted by the secondary payer against the prior payer's adjudication)"
        : String.join(", ", codes);
  }

  private static String detail(
      SecondarySettlement s, PostingClaim secondary, RemittanceRecord remittance) {
    String head =
        "secondary payer "
            + secondary.payerId()
            + " (claim "
            + secondary.claimId()
            + ", 835 "
            + remittance.getTraceNumber()
            + ") on the patient share of $"
            + s.getPatientShare().toPlainString()
            + " left by claim "
            + s.getPrimaryClaimId();
    if (SecondarySettlement.DENIED.equals(s.getOutcome())) {
      return head + ": denied, the share is the patient's again";
    }
    return head
        + ": paid $"
        + s.getSecondaryPaid().toPlainString()
        + ", patient $"
        + s.getPatientBalance().toPlainString()
        + ", written off $"
        + s.getWrittenOff().toPlainString()
        + (s.getWriteOffReason() == null ? "" : " (" + s.getWriteOffReason() + ")")
        + (s.getOverpaid().signum() > 0
            ? ", overpaid $" + s.getOverpaid().toPlainString() + " (credit)"
            : "");
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream()
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
