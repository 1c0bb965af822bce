package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimPayments;
import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.ProviderAdjustment;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.ServicePayment;
import com.infusionbilling.process.ProcessStart;
import com.infusionbilling.process.ProcessStarts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an 835 as received, before anything is posted: the payment (once per TRN02 and payer),
 * each CLP once per TRN02 + CLP01 + CLP07 (a CLP02 22 reversal apart from the claim payment it
 * reverses), with its lines (tied to our claim lines by REF*6R), CAS, RARCs and the PLB
 * adjustments, each of which starts {@code ProviderAdjustmentReview} for accounts receivable. The
 * same 835 delivered twice stores nothing the second time.
 */
@Service
public class RemittanceIntake {
  private static final Logger log = LoggerFactory.getLogger(RemittanceIntake.class);

  private final RemittanceRecordRepository remittances;
  private final RemittanceClaimRepository claims;
  private final RemittanceLineRepository lines;
  private final RemittanceAdjustmentRepository adjustments;
  private final RemittanceRemarkRepository remarks;
  private final PlbAdjustmentRepository plbs;
  private final ClaimPayments claimPayments;
  private final AdjustmentCodes codes;
  private final ProcessStarts starts;
  private final TransactionTemplate tx;

  RemittanceIntake(
      RemittanceRecordRepository remittances,
      RemittanceClaimRepository claims,
      RemittanceLineRepository lines,
      RemittanceAdjustmentRepository adjustments,
      RemittanceRemarkRepository remarks,
      PlbAdjustmentRepository plbs,
      ClaimPayments claimPayments,
      AdjustmentCodes codes,
      ProcessStarts starts,
      PlatformTransactionManager transactions) {
    this.remittances = remittances;
    this.claims = claims;
    this.lines = lines;
    this.adjustments = adjustments;
    this.remarks = remarks;
    this.plbs = plbs;
    this.claimPayments = claimPayments;
    this.codes = codes;
    this.starts = starts;
    this.tx = new TransactionTemplate(transactions);
  }

  /** A claim version the 835 spoke about: its correlation key and the stored payment's id. */
  public record ClaimReceived(long remittanceId, long claimId, String claimKey) {}

  /** The stored remittance and the claims of ours it names (each once, in file order). */
  public record Received(long remittanceId, List<ClaimReceived> claims, int unmatched) {}

  /**
   * Stores the 835 (idempotent, see the class). Claims that name no claim of ours are stored with
   * no claim and counted as unmatched.
   */
  public Received store(Remittance r, String sourceFile) {
    String payerId = payerId(r);
    return tx.execute(
        s -> {
          RemittanceRecord stored =
              remittances
                  .findByTraceNumberAndPayerId(r.traceNumber(), payerId)
                  .orElseGet(
                      () ->
                          remittances.saveAndFlush(
                              new RemittanceRecord(
                                  r.traceNumber(),
                                  payerId,
                                  r.payer() == null ? null : truncate(name(r), 60),
                                  r.totalPaid(),
                                  r.paymentMethod(),
                                  r.paymentDate(),
                                  sourceFile)));
          Map<Long, ClaimReceived> ours = new LinkedHashMap<>();
          int unmatched = 0;
          int seq = 0;
          for (ClaimPayment c : r.claims()) {
            seq++;
            Optional<PostingClaim> claim =
                claimPayments.byPatientControlNumber(c.patientControlNumber());
            if (claim.isEmpty()) {
              unmatched++;
            } else {
              ours.putIfAbsent(
                  claim.get().claimId(),
                  new ClaimReceived(stored.getId(), claim.get().claimId(), claim.get().claimKey()));
            }
            String key =
                RemittanceClaim.dedupKey(
                    r.traceNumber(),
                    payerId,
                    c.patientControlNumber(),
                    c.payerClaimControlNumber(),
                    c.statusCode());
            if (claims.findByDedupKey(key).isEmpty()) {
              storeClaim(stored.getId(), seq, c, claim.orElse(null), key);
            }
          }
          if (plbs.findByRemittanceIdOrderBySequenceNumberAsc(stored.getId()).isEmpty()) {
            int p = 0;
            for (ProviderAdjustment a : r.providerAdjustments()) {
              PlbAdjustment plb =
                  plbs.saveAndFlush(
                      new PlbAdjustment(
                          stored.getId(),
                          ++p,
                          a.providerId(),
                          a.fiscalPeriodDate(),
                          a.reasonCode(),
                          a.reference(),
                          a.amount(),
                          plbClaim(a)));
              route(stored, plb);
            }
          }
          log.info(
              "835 {} stored: {} claim payment(s) for {} claim(s) of ours, {} unmatched, {} PLB",
              stored.getId(),
              r.claims().size(),
              ours.size(),
              unmatched,
              r.providerAdjustments().size());
          return new Received(stored.getId(), List.copyOf(ours.values()), unmatched);
        });
  }

  private void storeClaim(
      long remittanceId, int seq, ClaimPayment c, PostingClaim claim, String key) {
    RemittanceClaim rc =
        claims.saveAndFlush(
            new RemittanceClaim(
                remittanceId,
                seq,
                claim == null ? null : claim.claimId(),
                c.patientControlNumber(),
                c.statusCode(),
                c.charge(),
                c.paid(),
                c.patientResponsibility(),
                c.claimFilingIndicator(),
                c.payerClaimControlNumber(),
                key));
    for (Adjustment a : c.adjustments()) {
      adjustments.save(adjustment(rc.getId(), null, a));
    }
    for (String rarc : c.remarkCodes()) {
      remarks.save(new RemittanceRemark(rc.getId(), null, rarc));
    }
    int n = 0;
    for (ServicePayment sp : c.services()) {
      n++;
      ClaimPayments.PostingLine line =
          claim == null || sp.lineItemControlNumber() == null
              ? null
              : claim.line(sp.lineItemControlNumber()).orElse(null);
      RemittanceLine rl =
          lines.saveAndFlush(
              new RemittanceLine(
                  rc.getId(),
                  n,
                  line == null ? null : line.claimLineId(),
                  sp.procedureCode(),
                  sp.modifiers(),
                  sp.charge(),
                  sp.paid(),
                  sp.units(),
                  sp.serviceDate(),
                  sp.lineItemControlNumber(),
                  sp.allowed(),
                  line == null ? null : line.expectedAllowed()));
      for (Adjustment a : sp.adjustments()) {
        adjustments.save(adjustment(rc.getId(), rl.getId(), a));
      }
      for (String rarc : sp.remarkCodes()) {
        remarks.save(new RemittanceRemark(rc.getId(), rl.getId(), rarc));
      }
    }
  }

  /**
   * Starts "Reconcile provider adjustment" for accounts receivable (through the process-start
   * outbox, after this transaction commits), once per PLB.
   */
  private void route(RemittanceRecord remittance, PlbAdjustment plb) {
    Map<String, Object> vars = new java.util.HashMap<>();
    vars.put(ProviderAdjustmentProcess.VAR_PLB_ADJUSTMENT_ID, plb.getId());
    vars.put(ProviderAdjustmentProcess.VAR_REMITTANCE_ID, remittance.getId());
    vars.put(ProviderAdjustmentProcess.VAR_TRACE_NUMBER, remittance.getTraceNumber());
    vars.put(ProviderAdjustmentProcess.VAR_PAYER_ID, remittance.getPayerId());
    vars.put(ProviderAdjustmentProcess.VAR_REASON_CODE, plb.getReasonCode());
    vars.put(ProviderAdjustmentProcess.VAR_REASON_TEXT, codes.plb(plb.getReasonCode()));
    vars.put(
        ProviderAdjustmentProcess.VAR_REFERENCE,
        plb.getReference() == null ? "" : plb.getReference());
    vars.put(ProviderAdjustmentProcess.VAR_AMOUNT, plb.getAmount());
    if (plb.getClaimId() != null) {
      // the reference names one of our claims: the task shows its episode's patient
      claimPayments
          .claim(plb.getClaimId())
          .ifPresent(
              c -> {
                vars.put(ProviderAdjustmentProcess.VAR_CLAIM_ID, c.claimId());
                vars.put(ProviderAdjustmentProcess.VAR_EPISODE_ID, c.episodeId());
              });
    }
    starts.enqueue(
        new ProcessStart(
            ProviderAdjustmentProcess.PROCESS_ID,
            ProviderAdjustmentProcess.businessKey(plb.getId()),
            vars));
    plb.routed();
    plbs.save(plb);
  }

  private static RemittanceAdjustment adjustment(long rcId, Long lineId, Adjustment a) {
    return new RemittanceAdjustment(
        rcId,
        lineId,
        a.group(),
        a.reasonCode(),
        a.amount() == null ? BigDecimal.ZERO : a.amount(),
        a.quantity());
  }

  /** The claim a PLB reference names (our CLM01 or a payer claim control number), if any. */
  private Long plbClaim(ProviderAdjustment a) {
    if (a.reference() == null) {
      return null;
    }
    return claimPayments
        .byPatientControlNumber(a.reference())
        .map(PostingClaim::claimId)
        .orElse(null);
  }

  private static String payerId(Remittance r) {
    return r.payer() == null || r.payer().id() == null ? "UNKNOWN" : r.payer().id();
  }

  private static String name(Remittance r) {
    return r.payer().organizationName() != null
        ? r.payer().organizationName()
        : r.payer().lastName();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
