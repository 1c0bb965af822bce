package com.infusionbilling.billing.pricing;

import com.infusionbilling.billing.coding.Amounts;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.reference.AspPrice;
import com.infusionbilling.billing.reference.ChargemasterEntry;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.LesserOfCharge;
import com.infusionbilling.billing.reference.NdcPackage;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.PayerRate;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.reference.ReimbursementMethod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Charges and expected payment. Every line's charge (SV102/SV203) comes from the chargemaster, the
 * same for all payers. Its expected allowed amount comes from the payer: drug lines by the payer's
 * reimbursement method, administration lines from the payer's rate table, capped at the charge
 * where the payer applies lesser-of logic. Medicare Part B: units × the ASP file's payment limit
 * (ASP + 6 %), coinsurance 20 % or the file's rate for the code, and 2 % sequestration on the payer
 * portion after coinsurance (allowed $1,000 → patient $200 → payer $784). Amounts are {@code
 * BigDecimal} throughout and rounded half-up to cents only at the end.
 */
public final class PaymentCalculator {
  private PaymentCalculator() {}

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal WAC_FACTOR = new BigDecimal("1.03");

  /**
   * Codes priced once per line whatever their units: Q2052, the Medicare home IVIG items and
   * services bundle (one payment per administration; units report the visit length).
   */
  public static final Set<String> PER_ADMINISTRATION = Set.of("Q2052");

  /** Dollars with cents, e.g. 100.00 (more decimals kept when there are). */
  static String dollars(BigDecimal amount) {
    return amount.scale() < 2 ? amount.setScale(2).toPlainString() : amount.toPlainString();
  }

  /** Rounds a dollar amount half-up to cents. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Prices the lines: each line's charge from the chargemaster (the same for every payer) and its
   * expected allowed amount from the payer's method, capped at the charge where the payer applies
   * lesser-of logic.
   *
   * @param denied indexes of lines expected to deny (MUE, NCCI); they are priced but not allowed
   */
  public static PricedClaim price(
      List<CodedLine> lines,
      Set<Integer> denied,
      Payer payer,
      ReferenceSnapshot ref,
      LocalDate serviceDate,
      ClaimType claimType) {
    return price(lines, denied, Set.of(), payer, ref, serviceDate, claimType);
  }

  /**
   * Prices the lines; {@code packaged} lines (OPPS status indicator N) keep their charge and are
   * allowed $0: their payment is packaged into the primary service (42 CFR 419.2(b)).
   */
  public static PricedClaim price(
      List<CodedLine> lines,
      Set<Integer> denied,
      Set<Integer> packaged,
      Payer payer,
      ReferenceSnapshot ref,
      LocalDate serviceDate,
      ClaimType claimType) {
    List<BigDecimal> charges = new ArrayList<>(lines.size());
    List<BigDecimal> allowedByLine = new ArrayList<>(lines.size());
    List<String> notes = new ArrayList<>(lines.size());
    List<Edit> edits = new ArrayList<>();
    BigDecimal allowed = BigDecimal.ZERO;
    BigDecimal patient = BigDecimal.ZERO;
    BigDecimal payerPortion = BigDecimal.ZERO;
    BigDecimal sequestration = payer.sequestrationPercent().divide(HUNDRED, MC);
    boolean lesserOf =
        payer.lesserOfCharge() == LesserOfCharge.ALL_CLAIMS
            || (payer.lesserOfCharge() == LesserOfCharge.PROFESSIONAL_CLAIMS
                && claimType == ClaimType.PROFESSIONAL);
    boolean coinsuranceFromFile = false;
    int deniedCount = 0;
    int cappedCount = 0;
    for (int i = 0; i < lines.size(); i++) {
      CodedLine line = lines.get(i);
      Optional<ChargemasterEntry> chargeRow =
          ref.charge(line.code(), line.modifiers(), serviceDate);
      // Q2052 is one bundled payment per administration; its units report the visit length
      int pricedUnits = PER_ADMINISTRATION.contains(line.code()) ? 1 : line.units();
      BigDecimal charge = chargeRow.map(c -> c.lineCharge(pricedUnits)).orElse(null);
      charges.add(charge);
      String chargeNote;
      if (charge == null) {
        chargeNote = "charge: none (no chargemaster row)";
        edits.add(
            Edit.error(
                    "CHARGE_MISSING",
                    "The chargemaster has no charge for "
                        + line.code()
                        + (line.modifiers().isEmpty()
                            ? ""
                            : " (modifiers " + String.join(", ", line.modifiers()) + ")")
                        + " on "
                        + serviceDate
                        + "; a claim line needs one (SV102/SV203): add it to the chargemaster")
                .atLine(i));
      } else {
        ChargemasterEntry row = chargeRow.get();
        chargeNote =
            "charge "
                + pricedUnits
                + " × $"
                + dollars(row.charge())
                + " (chargemaster"
                + (row.modifier().isEmpty() ? "" : " " + row.code() + "-" + row.modifier())
                + " from "
                + row.effectiveDate()
                + ")";
      }
      if (packaged.contains(i)) {
        allowedByLine.add(BigDecimal.ZERO.setScale(2));
        notes.add(
            chargeNote
                + "; allowed $0.00: packaged under OPPS (status indicator N), paid within the"
                + " primary service (42 CFR 419.2(b))");
        continue;
      }
      Rate rate =
          line.kind() == CodedLine.Kind.DRUG
              ? drugRate(line, payer, ref, serviceDate, edits, i)
              : tableRate(line.code(), payer, ref, serviceDate, "administration");
      if (rate == null) {
        allowedByLine.add(null);
        notes.add(
            chargeNote
                + "; allowed: not priced, payer "
                + payer.payerId()
                + " has no rate for "
                + line.code());
        edits.add(
            Edit.warning(
                    "RATE_MISSING",
                    "No "
                        + payer.reimbursementMethod()
                        + " rate for "
                        + line.code()
                        + " (payer "
                        + payer.payerId()
                        + ") on "
                        + serviceDate
                        + "; the line is left out of the expected payment")
                .atLine(i));
        continue;
      }
      BigDecimal amount = rate.perUnit.multiply(BigDecimal.valueOf(pricedUnits), MC);
      String note =
          chargeNote
              + "; allowed "
              + pricedUnits
              + " × $"
              + Amounts.plain(rate.display)
              + " ("
              + rate.source
              + ")";
      if (lesserOf && charge != null && charge.compareTo(amount) < 0) {
        note +=
            " = $"
                + dollars(cents(amount))
                + ", more than the charge, so the lesser of the two: $"
                + dollars(charge)
                + " ("
                + (payer.lesserOfCharge() == LesserOfCharge.ALL_CLAIMS
                    ? payer.payerId() + " contract: lesser of billed charges or the contract figure"
                    : "Medicare Part B pays the lesser of the actual charge and its amount, 42 CFR"
                        + " 414.904(a); SSA §1848(a)(1)")
                + ")";
        amount = charge;
        cappedCount++;
      }
      allowedByLine.add(cents(amount));
      if (denied.contains(i)) {
        deniedCount++;
        notes.add(note + "; expected to deny, not in the expected payment");
        continue;
      }
      notes.add(note);
      BigDecimal coinsurance =
          rate.coinsurancePercent != null ? rate.coinsurancePercent : payer.coinsurancePercent();
      coinsuranceFromFile |=
          rate.coinsurancePercent != null
              && rate.coinsurancePercent.compareTo(payer.coinsurancePercent()) != 0;
      BigDecimal linePatient = amount.multiply(coinsurance, MC).divide(HUNDRED, MC);
      allowed = allowed.add(amount);
      patient = patient.add(linePatient);
      payerPortion =
          payerPortion.add(
              amount.subtract(linePatient).multiply(BigDecimal.ONE.subtract(sequestration), MC));
    }
    String explanation =
        "allowed = sum of the priced lines"
            + (deniedCount > 0 ? " except " + deniedCount + " expected to deny" : "")
            + (cappedCount > 0
                ? " (" + cappedCount + " capped at the billed charge by lesser-of logic)"
                : "")
            + "; patient = coinsurance "
            + Amounts.plain(payer.coinsurancePercent())
            + " %"
            + (coinsuranceFromFile ? " (or the ASP file's rate for the code)" : "")
            + "; payer = allowed - coinsurance"
            + (payer.sequestrationPercent().signum() > 0
                ? ", less " + Amounts.plain(payer.sequestrationPercent()) + " % sequestration"
                : "")
            + "; deductible not considered; rounded half-up to cents at the end";
    ExpectedPayment payment =
        new ExpectedPayment(cents(allowed), cents(patient), cents(payerPortion), explanation);
    return new PricedClaim(charges, allowedByLine, notes, payment, edits);
  }

  /**
   * A rate per unit; {@code display} is what the explanation shows (computed rates to 4 places).
   */
  private record Rate(
      BigDecimal perUnit, BigDecimal display, BigDecimal coinsurancePercent, String source) {
    Rate(BigDecimal perUnit, BigDecimal coinsurancePercent, String source) {
      this(
          perUnit,
          perUnit.scale() > 4 ? perUnit.setScale(4, RoundingMode.HALF_UP) : perUnit,
          coinsurancePercent,
          source);
    }
  }

  private static Rate tableRate(
      String code, Payer payer, ReferenceSnapshot ref, LocalDate date, String what) {
    Optional<PayerRate> rate = ref.payerRate(payer.payerId(), code, date);
    return rate.map(
            r ->
                new Rate(
                    r.rate(),
                    null,
                    payer.payerId() + " " + what + " rate from " + r.effectiveFrom()))
        .orElse(null);
  }

  private static Rate drugRate(
      CodedLine line,
      Payer payer,
      ReferenceSnapshot ref,
      LocalDate date,
      List<Edit> edits,
      int index) {
    switch (payer.reimbursementMethod()) {
      case FEE_SCHEDULE:
        return tableRate(line.code(), payer, ref, date, "fee schedule");
      case CONTRACT_RATE:
        return tableRate(line.code(), payer, ref, date, "contract");
      case PERCENT_OF_WAC:
        return wacRate(line, payer, ref);
      default:
        break;
    }
    Rate limit = medicarePaymentLimit(line, ref, date, edits, index);
    if (limit == null || payer.reimbursementMethod() == ReimbursementMethod.ASP_PAYMENT_LIMIT) {
      return limit;
    }
    // PERCENT_OF_ASP_LIMIT: the contract is a percentage of the published Medicare limit
    BigDecimal perUnit =
        limit.perUnit.multiply(payer.reimbursementPercent(), MC).divide(HUNDRED, MC);
    return new Rate(
        perUnit,
        null,
        Amounts.plain(payer.reimbursementPercent())
            + " % of the Medicare payment limit $"
            + Amounts.plain(limit.display)
            + " ("
            + limit.source
            + "; "
            + payer.payerId()
            + " contract)");
  }

  /**
   * What Medicare Part B pays per unit: the ASP file's payment limit (ASP + 6 %; for a biosimilar
   * its ASP + 8 % of the reference product's ASP, IRA §11403), or, for a drug without an ASP yet,
   * WAC + 3 % from the line's NDC package.
   */
  private static Rate medicarePaymentLimit(
      CodedLine line, ReferenceSnapshot ref, LocalDate date, List<Edit> edits, int index) {
    Optional<Drug> drug = ref.drug(line.code());
    Optional<AspPrice> found = ref.aspPrice(line.code(), date);
    if (found.isEmpty() || found.get().paymentLimit() == null) {
      Rate wac = wacPerUnit(line, ref);
      if (wac == null) {
        return null;
      }
      return new Rate(
          wac.perUnit.multiply(WAC_FACTOR, MC),
          null,
          "no ASP payment limit for "
              + line.code()
              + ": WAC + 3 % for a drug without an ASP (SSA §1847A(c)(4), WAC add-on 3 % since"
              + " CY 2019), "
              + wac.source
              + " × 1.03");
    }
    AspPrice asp = found.get();
    if (asp.end().isBefore(date) && line.modifiers().indexOf("JW") < 0) {
      edits.add(
          Edit.warning(
                  "ASP_QUARTER_NOT_LOADED",
                  "No ASP file for the quarter of "
                      + date
                      + " is loaded; "
                      + line.code()
                      + " is priced with the "
                      + asp.quarter()
                      + " payment limit; import the current CMS ASP file")
              .atLine(index));
    }
    if (drug.isPresent() && drug.get().biosimilar()) {
      String reference = drug.get().referenceHcpcs();
      String referenceLimit =
          ref.aspPrice(reference, date)
              .filter(r -> r.paymentLimit() != null)
              .map(
                  r ->
                      ", reference product "
                          + reference
                          + " limit $"
                          + Amounts.plain(r.paymentLimit()))
              .orElse(", reference product " + reference);
      return new Rate(
          asp.paymentLimit(),
          asp.coinsurancePercent(),
          "ASP payment limit "
              + asp.quarter()
              + " for the biosimilar: its own ASP + 8 % of the reference product's ASP (IRA §11403,"
              + " SSA §1847A(b)(8); 42 CFR 414.904(j))"
              + referenceLimit);
    }
    return new Rate(
        asp.paymentLimit(),
        asp.coinsurancePercent(),
        "ASP payment limit " + asp.quarter() + ", ASP + 6 %, 42 CFR 414.904(a)");
  }

  /** WAC per HCPCS unit from the line's NDC package, or null when unknown. */
  private static Rate wacPerUnit(CodedLine line, ReferenceSnapshot ref) {
    if (line.ndc11() == null) {
      return null;
    }
    Optional<NdcPackage> pkg = ref.ndc(line.ndc11());
    Optional<Drug> drug = ref.drug(line.code());
    if (pkg.isEmpty()
        || drug.isEmpty()
        || pkg.get().wacPackagePrice() == null
        || !pkg.get().containerUnit().convertsTo(drug.get().descriptorUnit())) {
      return null;
    }
    NdcPackage p = pkg.get();
    BigDecimal unitsPerPackage =
        p.containerUnit()
            .convert(p.containerAmount(), drug.get().descriptorUnit())
            .multiply(BigDecimal.valueOf(p.containersPerPackage()))
            .divide(drug.get().descriptorAmount(), MC);
    return new Rate(
        p.wacPackagePrice().divide(unitsPerPackage, MC),
        null,
        "NDC "
            + p.ndc11()
            + " package WAC $"
            + Amounts.plain(p.wacPackagePrice())
            + " ÷ "
            + Amounts.plain(unitsPerPackage)
            + " units");
  }

  private static Rate wacRate(CodedLine line, Payer payer, ReferenceSnapshot ref) {
    Rate wac = wacPerUnit(line, ref);
    if (wac == null) {
      return null;
    }
    return new Rate(
        wac.perUnit.multiply(payer.reimbursementPercent(), MC).divide(HUNDRED, MC),
        null,
        Amounts.plain(payer.reimbursementPercent()) + " % of WAC: " + wac.source);
  }
}
