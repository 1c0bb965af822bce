package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.claim.ClaimPayments.PostingLine;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProviderAdjustment;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.ServicePayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 835 payments for a stored claim, built the way a payer adjudicates (balanced per the TR3): each
 * line allowed at the claim's expected amount unless told otherwise, CO-45 for the rest of the
 * charge, PR-2 coinsurance 20 % of the allowed amount, the payer pays the rest; or a line or the
 * whole claim denied with a CARC (and RARCs).
 */
public final class Remittances {
  static final Party PAYER = Party.organization("SANDBOX HEALTH PLAN", "SBX01");
  static final Party PAYEE =
      new Party("ACME INFUSION CENTER", null, null, "1234567893", "123456789", null, null);
  static final BigDecimal COINSURANCE = new BigDecimal("0.20");

  private final PostingClaim claim;
  private final Map<Integer, BigDecimal> allowed = new HashMap<>();
  private final Map<Integer, Adjustment> deniedLines = new HashMap<>();
  private final Map<Integer, List<String>> lineRemarks = new HashMap<>();
  private final List<String> claimRemarks = new ArrayList<>();
  private String statusCode = "1";
  private String payerClaimControlNumber;
  private Adjustment claimDenial;
  private BigDecimal deductible = BigDecimal.ZERO;

  private Remittances(PostingClaim claim) {
    this.claim = claim;
    this.payerClaimControlNumber = "PCCN-" + claim.claimId();
  }

  public static Remittances forClaim(PostingClaim claim) {
    return new Remittances(claim);
  }

  /** Line {@code lineNumber} (1-based) allowed at {@code amount} instead of its expected amount. */
  public Remittances allowed(int lineNumber, String amount) {
    allowed.put(lineNumber, new BigDecimal(amount));
    return this;
  }

  /** Every line allowed at {@code percent} % of its expected amount. */
  public Remittances allowedPercent(int percent) {
    for (PostingLine l : claim.lines()) {
      allowed.put(
          l.lineNumber(),
          l.expectedAllowed()
              .multiply(BigDecimal.valueOf(percent))
              .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
    }
    return this;
  }

  public Remittances denyLine(int lineNumber, String group, String carc, String... rarcs) {
    deniedLines.put(lineNumber, new Adjustment(group, carc, null, null));
    lineRemarks.put(lineNumber, List.of(rarcs));
    return this;
  }

  public Remittances denyClaim(String group, String carc, String... rarcs) {
    statusCode = "4";
    claimDenial = new Adjustment(group, carc, null, null);
    claimRemarks.addAll(List.of(rarcs));
    return this;
  }

  /** PR-1 deductible taken from the first line's allowed amount. */
  public Remittances deductible(String amount) {
    deductible = new BigDecimal(amount);
    return this;
  }

  public Remittances claimRemark(String rarc) {
    claimRemarks.add(rarc);
    return this;
  }

  public Remittances payerClaimControlNumber(String number) {
    payerClaimControlNumber = number;
    return this;
  }

  public ClaimPayment payment() {
    if (claimDenial != null) {
      return new ClaimPayment(
          claim.patientControlNumber(),
          "4",
          claim.totalCharge(),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          "MB",
          payerClaimControlNumber,
          "MEMBER",
          "DOE",
          "JANE",
          List.of(
              new Adjustment(
                  claimDenial.group(), claimDenial.reasonCode(), claim.totalCharge(), null)),
          claimRemarks,
          List.of());
    }
    List<ServicePayment> services = new ArrayList<>();
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal patient = BigDecimal.ZERO;
    BigDecimal deductibleLeft = deductible;
    for (PostingLine l : claim.lines()) {
      Adjustment denial = deniedLines.get(l.lineNumber());
      if (denial != null) {
        services.add(
            new ServicePayment(
                l.code(),
                l.modifiers(),
                l.charge(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(l.units()),
                LocalDate.now(),
                l.lineControlNumber(),
                null,
                List.of(new Adjustment(denial.group(), denial.reasonCode(), l.charge(), null)),
                lineRemarks.getOrDefault(l.lineNumber(), List.of())));
        continue;
      }
      BigDecimal a = allowed.getOrDefault(l.lineNumber(), l.expectedAllowed());
      BigDecimal lineDeductible = a.min(deductibleLeft);
      deductibleLeft = deductibleLeft.subtract(lineDeductible);
      BigDecimal coins =
          a.subtract(lineDeductible).multiply(COINSURANCE).setScale(2, RoundingMode.HALF_UP);
      BigDecimal linePaid = a.subtract(lineDeductible).subtract(coins);
      List<Adjustment> adj = new ArrayList<>();
      if (l.charge().subtract(a).signum() > 0) {
        adj.add(new Adjustment("CO", "45", l.charge().subtract(a), null));
      }
      if (lineDeductible.signum() > 0) {
        adj.add(new Adjustment("PR", "1", lineDeductible, null));
      }
      if (coins.signum() > 0) {
        adj.add(new Adjustment("PR", "2", coins, null));
      }
      services.add(
          new ServicePayment(
              l.code(),
              l.modifiers(),
              l.charge(),
              linePaid,
              BigDecimal.valueOf(l.units()),
              LocalDate.now(),
              l.lineControlNumber(),
              a,
              adj,
              lineRemarks.getOrDefault(l.lineNumber(), List.of())));
      paid = paid.add(linePaid);
      patient = patient.add(lineDeductible).add(coins);
    }
    return new ClaimPayment(
        claim.patientControlNumber(),
        paid.signum() == 0 && patient.signum() == 0 ? "4" : statusCode,
        claim.totalCharge(),
        paid,
        patient,
        "MB",
        payerClaimControlNumber,
        "MEMBER",
        "DOE",
        "JANE",
        List.of(),
        claimRemarks,
        services);
  }

  /** The CLP02 22 reversal of a payment: every amount negated, same CLP01 and CLP07. */
  public static ClaimPayment reversal(ClaimPayment p) {
    return p.reversal();
  }

  /** One 835 payment (BPR02 = the CLP04s less the PLBs). */
  public static Remittance remittance(
      String trace, List<ProviderAdjustment> plb, ClaimPayment... payments) {
    BigDecimal total = BigDecimal.ZERO;
    for (ClaimPayment p : payments) {
      total = total.add(p.paid());
    }
    for (ProviderAdjustment a : plb) {
      total = total.subtract(a.amount());
    }
    return new Remittance(
        trace,
        total.signum() > 0 ? "ACH" : "NON",
        total,
        LocalDate.now(),
        PAYER,
        PAYEE,
        List.of(payments),
        plb);
  }

  public static Remittance remittance(String trace, ClaimPayment... payments) {
    return remittance(trace, List.of(), payments);
  }
}
