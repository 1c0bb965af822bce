package com.infusionbilling.remittance;

import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.claim.ClaimPayments;
import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.claim.ClaimStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the claim payments one stored 835 made for one claim version (the {@code post-remittance}
 * worker of {@code ClaimSubmission}), each exactly once: the claim's status with a history row;
 * every denial handed to denial management; PR amounts as patient responsibility; a CLP02 22
 * reversal reverses what the payment it names left behind, so a reversal and the corrected payment
 * that follows net out. What the worker returns is computed from the stored rows, so a second
 * delivery of the job returns the same facts and changes nothing.
 */
@Service
public class RemittancePosting {
  private static final Logger log = LoggerFactory.getLogger(RemittancePosting.class);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * CO/OA/PI reasons that are the contract or information, never a denial: CO-45 (above the fee
   * schedule), CO-253 (sequestration), 94 (processed in excess of charges), 23 (an earlier payer's
   * adjudication), 24 (capitation), 59 (multiple-procedure rules).
   */
  static final Set<String> CONTRACTUAL = Set.of("45", "253", "94", "23", "24", "59");

  /**
   * RARCs saying the payer forwarded the claim to the patient's supplemental (secondary) insurer
   * itself, a crossover: MA18 (claim information) and N89 (payment information). The patient's
   * share then waits for that payer (patient responsibility SECONDARY), and no secondary claim is
   * sent.
   */
  static final Set<String> CROSSOVER = Set.of("MA18", "N89");

  /** PR reasons that are a denial the patient may have to pay (ABN): opened, not billed at once. */
  static final Set<String> PATIENT_DENIALS = Set.of("50", "96", "204");

  private final RemittanceRecordRepository remittances;
  private final RemittanceClaimRepository claims;
  private final RemittanceLineRepository lines;
  private final RemittanceAdjustmentRepository adjustments;
  private final RemittanceRemarkRepository remarks;
  private final PatientResponsibilityRepository patientResponsibility;
  private final ClaimPayments claimPayments;
  private final BillingPreviewService billing;
  private final DenialHandoff denials;
  private final SecondarySettlements secondarySettlements;
  private final TransactionTemplate tx;

  RemittancePosting(
      RemittanceRecordRepository remittances,
      RemittanceClaimRepository claims,
      RemittanceLineRepository lines,
      RemittanceAdjustmentRepository adjustments,
      RemittanceRemarkRepository remarks,
      PatientResponsibilityRepository patientResponsibility,
      ClaimPayments claimPayments,
      BillingPreviewService billing,
      DenialHandoff denials,
      SecondarySettlements secondarySettlements,
      PlatformTransactionManager transactions) {
    this.remittances = remittances;
    this.claims = claims;
    this.lines = lines;
    this.adjustments = adjustments;
    this.remarks = remarks;
    this.patientResponsibility = patientResponsibility;
    this.claimPayments = claimPayments;
    this.billing = billing;
    this.denials = denials;
    this.secondarySettlements = secondarySettlements;
    this.tx = new TransactionTemplate(transactions);
  }

  /** One adjustment that is a denial (the contract with denial management, CONTRACT-17.md). */
  public record Denial(
      long claimId,
      Long claimLineId,
      long remittanceClaimId,
      String groupCode,
      String carc,
      List<String> rarcs,
      BigDecimal amount,
      BigDecimal expectedAllowed,
      BigDecimal paid,
      java.time.LocalDate remittanceDate,
      long remittanceId) {}

  /**
   * What the posting found, for the process: the outcome (PAID, PARTIALLY_PAID, DENIED or REVERSED
   * when only a reversal came), the underpayment decision's inputs over the lines the payer paid
   * (the expected allowed amount, the payer's allowed amount and the shortfall), and whether the
   * episode's secondary payer is billed next ({@code secondaryClaimDue}).
   */
  public record Posted(
      String outcome,
      String payerId,
      String payerType,
      BigDecimal expectedAllowed,
      BigDecimal payerAllowed,
      BigDecimal shortfall,
      BigDecimal shortfallPercent,
      int denials,
      BigDecimal patientResponsibility,
      List<LineComparison> lines,
      boolean secondaryClaimDue) {

    public Map<String, Object> variables() {
      return Map.ofEntries(
          Map.entry(RemittanceProcess.VAR_SECONDARY_CLAIM_DUE, secondaryClaimDue),
          Map.entry(RemittanceProcess.VAR_UNDERPAID_DRUG_LINE, underpaidDrugLine()),
          Map.entry(RemittanceProcess.VAR_POSTING_OUTCOME, outcome),
          Map.entry(RemittanceProcess.VAR_PAYER_ID, payerId),
          Map.entry(RemittanceProcess.VAR_PAYER_TYPE, payerType),
          Map.entry(RemittanceProcess.VAR_EXPECTED_ALLOWED, expectedAllowed),
          Map.entry(RemittanceProcess.VAR_PAYER_ALLOWED, payerAllowed),
          Map.entry(RemittanceProcess.VAR_SHORTFALL, shortfall),
          Map.entry(RemittanceProcess.VAR_SHORTFALL_PERCENT, shortfallPercent),
          Map.entry(RemittanceProcess.VAR_DENIALS_OPENED, denials),
          Map.entry(RemittanceProcess.VAR_PATIENT_RESPONSIBILITY, patientResponsibility));
    }

    /** Some drug line (a HCPCS J or Q code) was paid below what was expected. */
    public boolean underpaidDrugLine() {
      return lines.stream().anyMatch(l -> l.shortfall().signum() > 0 && drug(l.code()));
    }

    /**
     * Writing this underpayment off needs a manager's approval: above $500, or of a drug line (as
     * for denial write-offs, issue 17).
     */
    public boolean writeOffApprovalRequired() {
      return shortfall.compareTo(WRITE_OFF_APPROVAL_LIMIT) > 0 || underpaidDrugLine();
    }
  }

  /** Underpayment write-offs above this need a manager's approval (any drug line does too). */
  static final BigDecimal WRITE_OFF_APPROVAL_LIMIT = new BigDecimal("500");

  /** A drug line: HCPCS J or Q (drugs, biologicals, biosimilars). */
  static boolean drug(String code) {
    return code != null && (code.startsWith("J") || code.startsWith("Q"));
  }

  /** Expected against paid for one line ("Review underpayment" shows these). */
  public record LineComparison(
      int lineNumber,
      String code,
      BigDecimal charge,
      BigDecimal expectedAllowed,
      BigDecimal payerAllowed,
      BigDecimal paid,
      BigDecimal shortfall,
      boolean denied) {}

  /**
   * Posts every claim payment of remittance {@code remittanceId} for claim {@code claimId} not
   * posted yet, in file order, and returns what the last one found.
   */
  public Posted post(long remittanceId, long claimId) {
    return tx.execute(
        s -> {
          PostingClaim claim =
              claimPayments
                  .claim(claimId)
                  .orElseThrow(() -> new java.util.NoSuchElementException("no claim " + claimId));
          RemittanceRecord remittance =
              remittances
                  .findById(remittanceId)
                  .orElseThrow(
                      () -> new java.util.NoSuchElementException("no remittance " + remittanceId));
          List<RemittanceClaim> payments =
              claims.findByRemittanceIdAndClaimIdOrderBySequenceNumberAsc(remittanceId, claimId);
          if (payments.isEmpty()) {
            throw new java.util.NoSuchElementException(
                "remittance " + remittanceId + " pays nothing on claim " + claimId);
          }
          for (RemittanceClaim rc : payments) {
            if (!rc.isPosted()) {
              apply(claim, remittance, rc);
            }
          }
          RemittanceClaim last = payments.get(payments.size() - 1);
          RemittanceClaim decisive =
              payments.stream().filter(p -> !p.isReversal()).reduce((a, b) -> b).orElse(last);
          return facts(claim, decisive);
        });
  }

  // ------------------------------------------------------------------ applying (once)

  private void apply(PostingClaim claim, RemittanceRecord remittance, RemittanceClaim rc) {
    if (rc.isReversal()) {
      reverse(claim, remittance, rc);
      return;
    }
    List<RemittanceLine> rls = lines.findByRemittanceClaimIdOrderBySequenceNumberAsc(rc.getId());
    List<RemittanceAdjustment> cas = adjustments.findByRemittanceClaimIdOrderByIdAsc(rc.getId());
    List<RemittanceRemark> rarcs = remarks.findByRemittanceClaimIdOrderByIdAsc(rc.getId());
    List<Denial> found = denials(claim, remittance, rc, rls, cas, rarcs);
    for (Denial d : found) {
      denials.open(d);
    }
    BigDecimal pr = BigDecimal.ZERO;
    String crossover =
        rarcs.stream()
            .map(RemittanceRemark::getRarc)
            .filter(CROSSOVER::contains)
            .findFirst()
            .orElse(null);
    // the patient's share waits for the secondary payer: it crossed over, or we bill it next
    boolean secondary =
        crossover != null
            || (claim.secondaryPayerId() != null && !"S".equals(claim.payerResponsibility()));
    for (RemittanceAdjustment a : cas) {
      if ("PR".equals(a.getGroupCode()) && !PATIENT_DENIALS.contains(a.getCarc())) {
        String key = "pr-" + rc.getId() + "-" + a.getId();
        if (!patientResponsibility.existsByDedupKey(key)) {
          patientResponsibility.save(
              new PatientResponsibility(
                  claim.claimId(),
                  claim.episodeId(),
                  rc.getId(),
                  a.getRemittanceLineId(),
                  a.getCarc(),
                  a.getAmount(),
                  secondary ? PatientResponsibility.SECONDARY : PatientResponsibility.OPEN,
                  key));
        }
        pr = pr.add(a.getAmount());
      }
    }
    ClaimStatus status = status(rc, found);
    // a secondary claim's payment settles the share the primary left waiting for it
    secondarySettlements.settle(claim, remittance, rc, status, cas);
    String detail =
        "835 "
            + remittance.getTraceNumber()
            + " ("
            + remittance.getPaymentDate()
            + "): CLP02 "
            + rc.getStatusCode()
            + ", charge $"
            + rc.getCharge().toPlainString()
            + ", paid $"
            + rc.getPaid().toPlainString()
            + ", patient $"
            + pr.toPlainString()
            + ", payer claim "
            + rc.getPayerClaimControlNumber()
            + (found.isEmpty() ? "" : ", " + found.size() + " denial(s): " + codes(found))
            + (!secondary || pr.signum() == 0
                ? ""
                : crossover != null
                    ? ", patient share crossed over to the secondary payer (" + crossover + ")"
                    : ", patient share to be billed to the secondary payer "
                        + claim.secondaryPayerId());
    claimPayments.settle(
        claim.claimId(), status, "REMITTANCE_POSTED", detail, null, "posted-" + rc.getId());
    rc.posted(status.name(), detail);
    claims.save(rc);
    log.info(
        "posted 835 claim payment {} on claim {}: {} ({} denial(s))",
        rc.getId(),
        claim.claimId(),
        status,
        found.size());
  }

  /**
   * A CLP02 22 reversal: the patient responsibility the reversed payment (same CLP01 and CLP07)
   * created is REVERSED, and the claim waits for the corrected payment (ACKNOWLEDGED again).
   */
  private void reverse(PostingClaim claim, RemittanceRecord remittance, RemittanceClaim rc) {
    List<RemittanceClaim> reversed = new ArrayList<>();
    for (RemittanceClaim earlier : claims.findByClaimIdOrderByIdAsc(claim.claimId())) {
      if (earlier.isPosted()
          && !earlier.isReversal()
          && !"REVERSED_BY".equals(prefix(earlier.getPostingOutcome()))
          && java.util.Objects.equals(
              earlier.getPayerClaimControlNumber(), rc.getPayerClaimControlNumber())) {
        reversed.add(earlier);
      }
    }
    for (RemittanceClaim earlier : reversed) {
      secondarySettlements.reverse(earlier, rc);
      for (PatientResponsibility p :
          patientResponsibility.findByClaimIdOrderByIdAsc(claim.claimId())) {
        if (p.getRemittanceClaimId().equals(earlier.getId())) {
          p.status(PatientResponsibility.REVERSED);
          patientResponsibility.save(p);
        }
      }
    }
    String detail =
        "835 "
            + remittance.getTraceNumber()
            + ": CLP02 22 reversal of payer claim "
            + rc.getPayerClaimControlNumber()
            + " ($"
            + rc.getPaid().negate().toPlainString()
            + " taken back"
            + (reversed.isEmpty() ? ", no posted payment found to reverse" : "")
            + "); waiting for the corrected payment";
    claimPayments.settle(
        claim.claimId(),
        ClaimStatus.ACKNOWLEDGED,
        "PAYMENT_REVERSED",
        detail,
        null,
        "reversed-" + rc.getId());
    rc.posted(RemittanceProcess.OUTCOME_REVERSED, detail);
    claims.save(rc);
  }

  private static String prefix(String s) {
    return s == null ? "" : s;
  }

  /** PAID (the patient may owe), PARTIALLY_PAID (something denied), DENIED (nothing paid). */
  static ClaimStatus status(RemittanceClaim rc, List<Denial> denials) {
    BigDecimal patient =
        rc.getPatientResponsibility() == null ? BigDecimal.ZERO : rc.getPatientResponsibility();
    boolean nothing = rc.getPaid().signum() == 0 && patient.signum() == 0;
    if (RemittanceClaim.DENIED.equals(rc.getStatusCode()) || nothing) {
      return ClaimStatus.DENIED;
    }
    return denials.isEmpty() ? ClaimStatus.PAID : ClaimStatus.PARTIALLY_PAID;
  }

  /**
   * The adjustments that are denials (CONTRACT-17): CO/OA/PI with a non-contractual CARC on a line
   * paid less than billed, or at claim level on a claim paid less than billed; PR-50/96/204.
   */
  List<Denial> denials(
      PostingClaim claim,
      RemittanceRecord remittance,
      RemittanceClaim rc,
      List<RemittanceLine> rls,
      List<RemittanceAdjustment> cas,
      List<RemittanceRemark> rarcs) {
    List<Denial> out = new ArrayList<>();
    for (RemittanceAdjustment a : cas) {
      if (!isDenial(a)) {
        continue;
      }
      RemittanceLine line =
          a.getRemittanceLineId() == null
              ? null
              : rls.stream()
                  .filter(l -> l.getId().equals(a.getRemittanceLineId()))
                  .findFirst()
                  .orElse(null);
      BigDecimal charge = line == null ? rc.getCharge() : line.getCharge();
      BigDecimal paid = line == null ? rc.getPaid() : line.getPaid();
      if (paid.compareTo(charge) >= 0) {
        continue;
      }
      List<String> codes =
          rarcs.stream()
              .filter(
                  m ->
                      m.getRemittanceLineId() == null
                          || (line != null && line.getId().equals(m.getRemittanceLineId())))
              .map(RemittanceRemark::getRarc)
              .distinct()
              .toList();
      out.add(
          new Denial(
              claim.claimId(),
              line == null ? null : line.getClaimLineId(),
              rc.getId(),
              a.getGroupCode(),
              a.getCarc(),
              codes,
              a.getAmount(),
              line == null ? claim.totalExpectedAllowed() : line.getExpectedAllowed(),
              paid,
              remittance.getPaymentDate(),
              remittance.getId()));
    }
    return out;
  }

  static boolean isDenial(RemittanceAdjustment a) {
    if (a.getAmount() == null || a.getAmount().signum() <= 0) {
      return false;
    }
    return switch (a.getGroupCode()) {
      case "CO", "OA", "PI" -> !CONTRACTUAL.contains(a.getCarc());
      case "PR" -> PATIENT_DENIALS.contains(a.getCarc());
      default -> false;
    };
  }

  private static String codes(List<Denial> denials) {
    return String.join(
        ", ", denials.stream().map(d -> d.groupCode() + "-" + d.carc()).distinct().toList());
  }

  // ------------------------------------------------------------------ facts (every delivery)

  private Posted facts(PostingClaim claim, RemittanceClaim rc) {
    String payerType =
        billing
            .referenceSnapshot()
            .payer(claim.payerId())
            .map(p -> p.type().name())
            .orElse("COMMERCIAL");
    if (rc.isReversal()) {
      return new Posted(
          RemittanceProcess.OUTCOME_REVERSED,
          claim.payerId(),
          payerType,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          0,
          BigDecimal.ZERO,
          List.of(),
          false);
    }
    RemittanceRecord remittance = remittances.findById(rc.getRemittanceId()).orElseThrow();
    List<RemittanceLine> rls = lines.findByRemittanceClaimIdOrderBySequenceNumberAsc(rc.getId());
    List<RemittanceAdjustment> cas = adjustments.findByRemittanceClaimIdOrderByIdAsc(rc.getId());
    List<Denial> found =
        denials(
            claim,
            remittance,
            rc,
            rls,
            cas,
            remarks.findByRemittanceClaimIdOrderByIdAsc(rc.getId()));
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal allowed = BigDecimal.ZERO;
    BigDecimal shortfall = BigDecimal.ZERO;
    List<LineComparison> comparisons = new ArrayList<>();
    for (RemittanceLine l : rls) {
      boolean denied =
          l.getPaid().compareTo(l.getCharge()) < 0
              && cas.stream()
                  .anyMatch(a -> l.getId().equals(a.getRemittanceLineId()) && isDenial(a));
      BigDecimal lineAllowed = payerAllowed(l, cas);
      BigDecimal lineShort = BigDecimal.ZERO;
      if (!denied && l.getExpectedAllowed() != null) {
        expected = expected.add(l.getExpectedAllowed());
        allowed = allowed.add(lineAllowed);
        lineShort = l.getExpectedAllowed().subtract(lineAllowed).max(BigDecimal.ZERO);
        shortfall = shortfall.add(lineShort);
      }
      comparisons.add(
          new LineComparison(
              l.getSequenceNumber(),
              l.getProcedureCode(),
              l.getCharge(),
              l.getExpectedAllowed(),
              lineAllowed,
              l.getPaid(),
              lineShort,
              denied));
    }
    BigDecimal percent =
        expected.signum() == 0
            ? BigDecimal.ZERO
            : shortfall.multiply(HUNDRED).divide(expected, 2, RoundingMode.HALF_UP);
    BigDecimal pr = BigDecimal.ZERO;
    for (RemittanceAdjustment a : cas) {
      if ("PR".equals(a.getGroupCode()) && !PATIENT_DENIALS.contains(a.getCarc())) {
        pr = pr.add(a.getAmount());
      }
    }
    ClaimStatus status = status(rc, found);
    boolean crossedOver =
        remarks.findByRemittanceClaimIdOrderByIdAsc(rc.getId()).stream()
            .anyMatch(m -> CROSSOVER.contains(m.getRarc()));
    return new Posted(
        status.name(),
        claim.payerId(),
        payerType,
        expected,
        allowed,
        shortfall,
        percent,
        found.size(),
        pr,
        comparisons,
        secondaryClaimDue(claim, status, pr, crossedOver));
  }

  /**
   * A claim goes to the secondary payer when the primary adjudicated it (paid, or partly), the
   * patient was left a share (PR-1/2/3), the payer did not cross it over to the supplemental
   * insurer itself (MA18/N89: it sent the claim on, and a second claim would be a duplicate), and
   * the episode has secondary coverage ({@code secondaryPayerId}, primary claims only).
   */
  static boolean secondaryClaimDue(
      PostingClaim claim, ClaimStatus status, BigDecimal patientShare, boolean crossedOver) {
    return claim.secondaryPayerId() != null
        && !"S".equals(claim.payerResponsibility())
        && (status == ClaimStatus.PAID || status == ClaimStatus.PARTIALLY_PAID)
        && patientShare.signum() > 0
        && !crossedOver;
  }

  /**
   * The payer's allowed amount for a line: AMT*B6 when sent, else what was paid plus what the
   * patient owes plus sequestration (CO-253), which reduce the payment but not the allowed amount.
   */
  static BigDecimal payerAllowed(RemittanceLine l, List<RemittanceAdjustment> cas) {
    if (l.getAllowed() != null) {
      return l.getAllowed();
    }
    BigDecimal a = l.getPaid();
    for (RemittanceAdjustment c : cas) {
      if (l.getId().equals(c.getRemittanceLineId())
          && ("PR".equals(c.getGroupCode()) || "253".equals(c.getCarc()))) {
        a = a.add(c.getAmount());
      }
    }
    return a;
  }

  // ------------------------------------------------------------------ review underpayment

  /** Whether writing off the claim's underpayment needs a manager, from its posted payment. */
  private boolean writeOffApprovalRequired(PostingClaim claim) {
    RemittanceClaim decisive = null;
    for (RemittanceClaim rc : claims.findByClaimIdOrderByIdAsc(claim.claimId())) {
      if (rc.isPosted() && !rc.isReversal()) {
        decisive = rc;
      }
    }
    return decisive != null && facts(claim, decisive).writeOffApprovalRequired();
  }

  /**
   * What "Review underpayment" decided, once per {@code key}: ACCEPT closes the claim (CLOSED),
   * WRITE_OFF writes the difference off (WRITTEN_OFF), DISPUTE records that the payer was asked
   * (with its reference) and leaves the claim as posted.
   */
  public void recordUnderpaymentReview(
      long claimId,
      String decision,
      java.math.BigDecimal shortfall,
      String payerReference,
      String note,
      String actor,
      String key) {
    recordUnderpaymentReview(claimId, decision, shortfall, payerReference, note, null, actor, key);
  }

  /**
   * As above; a WRITE_OFF that needs a manager's approval (above $500 or of a drug line, measured
   * on the stored posting, not on what the task sent) is refused without {@code approvedBy}, the
   * manager who approved it in "Approve write-off".
   *
   * @throws IllegalStateException a write-off that needs approval and has none
   */
  public void recordUnderpaymentReview(
      long claimId,
      String decision,
      java.math.BigDecimal shortfall,
      String payerReference,
      String note,
      String approvedBy,
      String actor,
      String key) {
    String d = decision == null ? "" : decision.trim();
    tx.executeWithoutResult(
        s -> {
          PostingClaim claim =
              claimPayments
                  .claim(claimId)
                  .orElseThrow(() -> new java.util.NoSuchElementException("no claim " + claimId));
          boolean approval = "WRITE_OFF".equals(d) && writeOffApprovalRequired(claim);
          if (approval && (approvedBy == null || approvedBy.isBlank())) {
            throw new IllegalStateException(
                "claim "
                    + claimId
                    + ": an underpayment write-off above $500 or of a drug line needs a manager's"
                    + " approval (Approve write-off)");
          }
          String detail =
              d
                  + " (short $"
                  + (shortfall == null ? "?" : shortfall.toPlainString())
                  + ")"
                  + (payerReference == null || payerReference.isBlank()
                      ? ""
                      : ", payer reference " + payerReference.trim())
                  + (approval ? ", approved by " + approvedBy.trim() : "")
                  + (note == null || note.isBlank() ? "" : ", note: " + note.trim());
          ClaimStatus to =
              switch (d) {
                case "ACCEPT" -> ClaimStatus.CLOSED;
                case "WRITE_OFF" -> ClaimStatus.WRITTEN_OFF;
                case "DISPUTE" -> claim.status();
                default ->
                    throw new IllegalArgumentException(
                        "underpaymentDecision must be ACCEPT, DISPUTE or WRITE_OFF");
              };
          claimPayments.settle(
              claimId, to, "UNDERPAYMENT_REVIEWED", detail, actor, "underpayment-" + key);
        });
  }
}
