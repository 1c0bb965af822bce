package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.preview.PreviewInputs.administration;
import static com.infusionbilling.billing.preview.PreviewInputs.checkPointers;
import static com.infusionbilling.billing.preview.PreviewInputs.diagnosisCodes;
import static com.infusionbilling.billing.preview.PreviewInputs.knownDrug;
import static com.infusionbilling.billing.preview.PreviewInputs.payer;
import static com.infusionbilling.billing.preview.PreviewInputs.positive;
import static com.infusionbilling.billing.preview.PreviewInputs.priorSubmissions;
import static com.infusionbilling.billing.preview.PreviewInputs.required;
import static com.infusionbilling.billing.preview.PreviewInputs.unit;

import com.infusionbilling.billing.coding.AdministrationCoder;
import com.infusionbilling.billing.coding.AdministrationRecord;
import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.Amounts;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.DrugUnitRules;
import com.infusionbilling.billing.coding.DrugUnits;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.HomeInfusionCoder;
import com.infusionbilling.billing.coding.Ndc;
import com.infusionbilling.billing.coding.NdcQuantity;
import com.infusionbilling.billing.coding.NdcUnit;
import com.infusionbilling.billing.coding.RuleIds;
import com.infusionbilling.billing.pricing.PaymentCalculator;
import com.infusionbilling.billing.pricing.PricedClaim;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.NdcPackage;
import com.infusionbilling.billing.reference.NdcQuantityConvention;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.PayerType;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.scrub.AuthorizationFacts;
import com.infusionbilling.billing.scrub.ClaimScrubber;
import com.infusionbilling.billing.scrub.ScrubResult;
import com.infusionbilling.billing.scrub.SiteOfCare;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the billing rules for one encounter: validates the request, codes drug and administration
 * lines, scrubs them and prices them. Pure: everything it reads is in the {@link
 * ReferenceSnapshot}, so it does no I/O and is safe to call from any thread.
 */
public final class BillingEngine {
  /** Sanity bounds: no real encounter comes near them, and arithmetic stays within int. */
  static final int MAX_CONTAINERS = 1_000;

  static final int MAX_UNITS = 100_000;

  private static final java.util.regex.Pattern HCPCS =
      java.util.regex.Pattern.compile("[A-Za-z0-9]{5}");

  private final ZoneId zone;
  private final int timelyFilingWarningDays;

  /**
   * @param zone the zone administration times and "today" are read in
   * @param timelyFilingWarningDays how many days before the timely-filing limit to warn
   */
  public BillingEngine(ZoneId zone, int timelyFilingWarningDays) {
    this.zone = zone;
    this.timelyFilingWarningDays = timelyFilingWarningDays;
  }

  /**
   * Codes, scrubs and prices the encounter.
   *
   * @param today the date used when the request gives no submission date
   * @throws InvalidBillingInputException naming the field when the request is not valid
   */
  public PreviewResponse preview(PreviewRequest request, ReferenceSnapshot ref, LocalDate today) {
    if (request == null) {
      throw new InvalidBillingInputException("body", "a request body is required");
    }
    Payer payer = payer(request, ref);
    if (request.claimType() == null) {
      throw new InvalidBillingInputException(
          "claimType", "required: PROFESSIONAL or INSTITUTIONAL");
    }
    LocalDate serviceDate = required(request.serviceDate(), "serviceDate", "required (YYYY-MM-DD)");
    List<PreviewRequest.Drug> drugs = request.drugs() == null ? List.of() : request.drugs();
    List<PreviewRequest.Administration> administrations =
        request.administrations() == null ? List.of() : request.administrations();
    if (drugs.isEmpty() && administrations.isEmpty()) {
      throw new InvalidBillingInputException(
          "drugs", "nothing to code: give at least one drug or administration");
    }
    LocalDate submissionDate = request.submissionDate() == null ? today : request.submissionDate();
    if (submissionDate.isBefore(serviceDate)) {
      throw new InvalidBillingInputException(
          "submissionDate", submissionDate + " is before the service date " + serviceDate);
    }
    AuthorizationFacts authorization = authorization(request.authorization(), ref);
    LocalDate throughDate = request.statementThroughDate();
    if (throughDate != null) {
      if (request.claimType() != ClaimType.INSTITUTIONAL) {
        throw new InvalidBillingInputException(
            "statementThroughDate", "only institutional (837I) claims have a statement period");
      }
      if (throughDate.isBefore(serviceDate)) {
        throw new InvalidBillingInputException(
            "statementThroughDate", throughDate + " is before the service date " + serviceDate);
      }
      if (submissionDate.isBefore(throughDate)) {
        throw new InvalidBillingInputException(
            "submissionDate",
            submissionDate + " is before the statement through date " + throughDate);
      }
    }

    List<CodedLine> lines = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    OppsClaim opps =
        request.claimType() == ClaimType.INSTITUTIONAL && payer.type() == PayerType.MEDICARE_PART_B
            ? new OppsClaim(ref, serviceDate)
            : null;
    for (int i = 0; i < drugs.size(); i++) {
      codeDrug(drugs.get(i), "drugs[" + i + "]", payer, ref, opps, lines, edits);
    }
    liabilityModifier(request.liabilityModifier(), payer, lines);
    List<AdministrationRecord> records = new ArrayList<>(administrations.size());
    for (int i = 0; i < administrations.size(); i++) {
      records.add(
          administration(
              administrations.get(i), "administrations[" + i + "]", serviceDate, ref, edits));
    }
    String primaryLabel = primaryAdministration(request, administrations, records);
    List<String> diagnosisCodes = diagnosisCodes(request);
    if (request.siteOfCare() == SiteOfCare.HOME) {
      AdministrationCoder.Result home =
          HomeInfusionCoder.code(
              records,
              drugCodes(lines),
              new HomeInfusionCoder.Context(
                  request.claimType(),
                  payer.type() == PayerType.MEDICARE_PART_B
                      ? HomeInfusionCoder.HomePayer.MEDICARE_PART_B
                      : payer.policy().homeInfusionPerDiem()
                          ? HomeInfusionCoder.HomePayer.PER_DIEM
                          : HomeInfusionCoder.HomePayer.NONE,
                  payer.payerId(),
                  perDiems(ref),
                  immuneGlobulins(ref),
                  diagnosisCodes));
      lines.addAll(home.lines());
      edits.addAll(home.edits());
    } else if (!records.isEmpty()) {
      AdministrationCoder.Result administered =
          AdministrationCoder.code(
              records,
              new AdministrationCoder.Context(
                  serviceDate,
                  request.claimType(),
                  zone,
                  payer.midnightRule(),
                  payer.therapeuticCodingHcpcs(),
                  hormonal(records, ref),
                  primaryLabel));
      lines.addAll(administered.lines());
      edits.addAll(administered.edits());
    }

    if (opps != null) {
      opps.administrationLines(lines);
      edits.addAll(opps.edits());
    }

    ScrubResult scrub =
        ClaimScrubber.scrub(
            lines,
            new ClaimScrubber.Claim(
                payer.payerId(),
                serviceDate,
                submissionDate,
                request.claimType().editSetting(),
                request.siteOfCare(),
                authorization,
                timelyFilingWarningDays,
                throughDate,
                priorSubmissions(request, serviceDate, submissionDate)),
            payer,
            ref);
    edits.addAll(scrub.edits());
    PricedClaim priced =
        PaymentCalculator.price(
            lines,
            scrub.deniedLines(),
            opps == null ? Set.of() : opps.packaged().keySet(),
            payer,
            ref,
            serviceDate,
            request.claimType());
    edits.addAll(priced.edits());

    List<PreviewResponse.Line> out = new ArrayList<>(lines.size());
    boolean institutional = request.claimType() == ClaimType.INSTITUTIONAL;
    for (int i = 0; i < lines.size(); i++) {
      CodedLine line = lines.get(i);
      String oppsNote = opps == null ? null : opps.packaged().get(i);
      String revenueCode = institutional ? RevenueCodeRules.of(line, payer) : null;
      out.add(
          new PreviewResponse.Line(
              line.code(),
              line.units(),
              line.modifiers(),
              line.ndc11(),
              line.ndcQuantity(),
              line.ndcUnit() == null ? null : line.ndcUnit().name(),
              priced.charges().get(i),
              line.explanation()
                  + (oppsNote == null ? "" : "; " + oppsNote)
                  + (revenueCode == null ? "" : "; " + RevenueCodeRules.explain(line, payer))
                  + "; "
                  + priced.notes().get(i),
              line.ruleId(),
              revenueCode,
              line.diagnosisPointers(),
              priced.allowed().get(i)));
    }
    return new PreviewResponse(out, edits, priced.expectedPayment());
  }

  /**
   * GA or GZ on every drug line of a Medicare Part B claim whose diagnoses the drug's LCD does not
   * cover: GA when the beneficiary signed an ABN (CMS-R-131) before the dose, so he is liable if
   * Medicare denies; GZ when none was signed, the practice is liable and the line is denied (Pub.
   * 100-04 ch. 1 §60.4.2, ch. 30 §50). Never both, and only for Medicare fee-for-service.
   */
  static void liabilityModifier(String modifier, Payer payer, List<CodedLine> lines) {
    if (modifier == null || modifier.isBlank()) {
      return;
    }
    if (!"GA".equals(modifier) && !"GZ".equals(modifier)) {
      throw new InvalidBillingInputException(
          "liabilityModifier", "must be GA (ABN signed) or GZ (no ABN), not " + modifier);
    }
    if (payer.type() != PayerType.MEDICARE_PART_B) {
      throw new InvalidBillingInputException(
          "liabilityModifier",
          "the ABN and its GA/GZ modifiers are Medicare fee-for-service's; payer "
              + payer.payerId()
              + " is "
              + payer.type());
    }
    for (int i = 0; i < lines.size(); i++) {
      CodedLine l = lines.get(i);
      if (l.kind() != CodedLine.Kind.DRUG) {
        continue;
      }
      List<String> modifiers = new ArrayList<>(l.modifiers());
      modifiers.add(modifier);
      lines.set(
          i,
          new CodedLine(
              l.kind(),
              l.code(),
              l.units(),
              modifiers,
              l.ndc11(),
              l.ndcQuantity(),
              l.ndcUnit(),
              l.ruleId(),
              l.explanation()
                  + ("GA".equals(modifier)
                      ? "; GA: ABN (CMS-R-131) signed, the diagnoses are not covered by the drug's"
                          + " LCD (beneficiary liable if denied, Pub. 100-04 ch. 1 §60.4.2)"
                      : "; GZ: the diagnoses are not covered by the drug's LCD and no ABN was"
                          + " signed (expected denial, practice liable, Pub. 100-04 ch. 1"
                          + " §60.4.2)"),
              l.source(),
              l.diagnosisPointers()));
    }
  }

  private void codeDrug(
      PreviewRequest.Drug input,
      String field,
      Payer payer,
      ReferenceSnapshot ref,
      OppsClaim opps,
      List<CodedLine> lines,
      List<Edit> edits) {
    Drug drug = knownDrug(input.hcpcs(), field, ".hcpcs", ref);
    BigDecimal amount = positive(input.administeredAmount(), field, ".administeredAmount");
    AmountUnit amountUnit = unit(input.amountUnit(), field, ".amountUnit", drug);
    checkPointers(input.diagnosisPointers(), field, ".diagnosisPointers");
    List<DrugUnitRules.Container> containers = new ArrayList<>();
    BigDecimal containerTotal = BigDecimal.ZERO;
    if (input.containers() != null) {
      for (int j = 0; j < input.containers().size(); j++) {
        PreviewRequest.Container c = input.containers().get(j);
        if (c == null) {
          throw new InvalidBillingInputException(field + ".containers[" + j + "]", "required");
        }
        BigDecimal size = positive(c.size(), field, ".containers[" + j + "].size");
        AmountUnit cu = unit(c.unit(), field, ".containers[" + j + "].unit", drug);
        if (c.count() == null || c.count() < 1 || c.count() > MAX_CONTAINERS) {
          throw new InvalidBillingInputException(
              field + ".containers[" + j + "].count",
              "must be a whole number from 1 to " + MAX_CONTAINERS + ", not " + c.count());
        }
        containers.add(new DrugUnitRules.Container(size, cu, c.count()));
        containerTotal =
            containerTotal.add(
                cu.convert(size, drug.descriptorUnit()).multiply(BigDecimal.valueOf(c.count())));
      }
    }
    BigDecimal administeredInDescriptorUnit = amountUnit.convert(amount, drug.descriptorUnit());
    BigDecimal maxAmount = drug.descriptorAmount().multiply(BigDecimal.valueOf(MAX_UNITS));
    if (administeredInDescriptorUnit.compareTo(maxAmount) > 0) {
      throw new InvalidBillingInputException(
          field + ".administeredAmount",
          "more than "
              + MAX_UNITS
              + " billing units of "
              + drug.hcpcs()
              + ": not a plausible dose");
    }
    if (containerTotal.compareTo(maxAmount.multiply(BigDecimal.TEN)) > 0) {
      throw new InvalidBillingInputException(
          field + ".containers",
          "hold more than " + (10 * MAX_UNITS) + " billing units of " + drug.hcpcs());
    }
    if (!containers.isEmpty() && containerTotal.compareTo(administeredInDescriptorUnit) < 0) {
      throw new InvalidBillingInputException(
          field + ".containers",
          "the containers hold "
              + Amounts.of(containerTotal, drug.descriptorUnit())
              + ", less than the "
              + Amounts.of(administeredInDescriptorUnit, drug.descriptorUnit())
              + " administered");
    }

    int lineIndex = lines.size();
    String ndc11 = null;
    String ndcNote;
    NdcPackage pkg = null;
    if (input.ndc() == null || input.ndc().isBlank()) {
      ndcNote = "no NDC";
      edits.add(
          Edit.error(
                  "NDC_MISSING",
                  drug.hcpcs()
                      + " ("
                      + field
                      + ") has no NDC; drug lines need the 11-digit NDC in loop 2410")
              .atLine(lineIndex));
    } else {
      Ndc.Normalized normalized = Ndc.normalize(input.ndc(), ref::knowsNdc);
      if (!normalized.valid()) {
        ndcNote = "NDC invalid";
        edits.add(
            Edit.error("NDC_INVALID", drug.hcpcs() + " (" + field + "): " + normalized.problem())
                .atLine(lineIndex));
      } else {
        ndc11 = normalized.ndc11();
        pkg = ref.ndc(ndc11).orElse(null);
        ndcNote = "NDC " + input.ndc().trim() + " -> " + ndc11 + " (" + normalized.how() + ")";
        if (pkg == null) {
          edits.add(
              Edit.warning(
                      "NDC_NOT_IN_CATALOGUE",
                      "NDC "
                          + ndc11
                          + " ("
                          + field
                          + ") is not in the NDC catalogue, so its quantity cannot be computed; check it against the CMS NDC-HCPCS crosswalk")
                  .atLine(lineIndex));
        } else if (!pkg.hcpcs().equals(drug.hcpcs())) {
          edits.add(
              Edit.error(
                      "NDC_HCPCS_MISMATCH",
                      "NDC "
                          + ndc11
                          + " is "
                          + pkg.description()
                          + ", billed under "
                          + pkg.hcpcs()
                          + ", not "
                          + drug.hcpcs())
                  .atLine(lineIndex));
          pkg = null;
        }
      }
    }
    boolean singleDose;
    String singleDoseNote = "";
    if (input.singleDoseContainer() != null) {
      singleDose = input.singleDoseContainer();
      if (pkg != null && pkg.singleDose() != singleDose) {
        edits.add(
            Edit.warning(
                    "CONTAINER_TYPE_CONFLICT",
                    field
                        + " says "
                        + (singleDose ? "single" : "multi")
                        + "-dose but NDC "
                        + pkg.ndc11()
                        + " is a "
                        + (pkg.singleDose() ? "single" : "multi")
                        + "-dose container; check the documentation")
                .atLine(lineIndex));
      }
    } else if (pkg != null) {
      singleDose = pkg.singleDose();
      singleDoseNote = " (" + (singleDose ? "single" : "multi") + "-dose per the NDC catalogue)";
    } else {
      throw new InvalidBillingInputException(
          field + ".singleDoseContainer",
          "required when the NDC is missing or not in the catalogue");
    }

    // OPPS (Medicare 837I): JW/JZ only for separately payable drugs (status indicator G/K); a
    // packaged drug (N) gets neither and no waste line
    boolean separatelyPayable = opps == null || opps.drugSeparatelyPayable(drug.hcpcs(), lineIndex);
    DrugUnits units =
        DrugUnitRules.compute(
            amount,
            amountUnit,
            drug.descriptorAmount(),
            drug.descriptorUnit(),
            containers,
            singleDose,
            separatelyPayable
                ? DrugUnitRules.Waste.valueOf(payer.policy().wastePolicy().name())
                : DrugUnitRules.Waste.NOT_BILLED,
            payer.jwJzRequired() && separatelyPayable);
    if (!separatelyPayable && units.discarded() != null && units.discarded().signum() > 0) {
      units =
          new DrugUnits(
              units.administeredUnits(),
              0,
              false,
              units.administered(),
              units.discarded(),
              units.containerUnits(),
              false,
              "the discarded amount is not billed: the drug is packaged under OPPS");
    }
    if (units.jwJzUndetermined()) {
      edits.add(
          Edit.error(
                  "JW_JZ_MISSING",
                  drug.hcpcs()
                      + " ("
                      + field
                      + ") is from single-dose containers and payer "
                      + payer.payerId()
                      + " requires JW or JZ, but the containers opened are not documented")
              .atLine(lineIndex));
    }
    String head = drug.hcpcs() + " (1 unit = " + drug.descriptor() + "): ";
    String administeredText =
        Amounts.of(amount, amountUnit)
            + (amountUnit == drug.descriptorUnit()
                ? ""
                : " = " + Amounts.of(administeredInDescriptorUnit, drug.descriptorUnit()))
            + " administered ÷ "
            + drug.descriptor()
            + " = "
            + Amounts.plain(units.administered())
            + (units.administered().compareTo(BigDecimal.valueOf(units.administeredUnits())) == 0
                ? " -> " + units.administeredUnits() + " units"
                : ", rounded up (at least 1) -> " + units.administeredUnits() + " units");
    NdcQuantityConvention convention = payer.policy().ndcQuantityConvention();
    NdcUnit ndcUnit = pkg == null ? null : ndcUnit(pkg, convention);
    String ndcConventionNote =
        convention == NdcQuantityConvention.PACKAGE_UNIT
            ? " (payer NDC convention: the package's unit)"
            : " (payer NDC convention: metric)";
    BigDecimal adminQuantity =
        pkg == null
            ? null
            : units.combinedUnits() > 0
                ? quantity(
                    administeredInDescriptorUnit.add(
                        units.discarded().multiply(drug.descriptorAmount())),
                    drug.descriptorUnit(),
                    pkg,
                    ndcUnit)
                : quantity(amount, amountUnit, pkg, ndcUnit);
    lines.add(
        new CodedLine(
            CodedLine.Kind.DRUG,
            drug.hcpcs(),
            units.billedUnits(),
            units.jz() ? List.of("JZ") : List.of(),
            ndc11,
            adminQuantity,
            ndcUnit,
            units.jz() ? RuleIds.DRUG_UNITS_JZ : RuleIds.DRUG_UNITS,
            head
                + administeredText
                + "; "
                + units.wastageNote()
                + singleDoseNote
                + "; "
                + ndcNote
                + (adminQuantity == null
                    ? ""
                    : ", NDC quantity "
                        + Amounts.plain(adminQuantity)
                        + " "
                        + ndcUnit
                        + ndcConventionNote),
            field,
            input.diagnosisPointers()));
    if (units.jwUnits() > 0) {
      BigDecimal discardedAmount = units.discarded().multiply(drug.descriptorAmount());
      BigDecimal jwQuantity =
          pkg == null ? null : quantity(discardedAmount, drug.descriptorUnit(), pkg, ndcUnit);
      lines.add(
          new CodedLine(
              CodedLine.Kind.DRUG,
              drug.hcpcs(),
              units.jwUnits(),
              List.of("JW"),
              ndc11,
              jwQuantity,
              ndcUnit,
              RuleIds.DRUG_WASTE_JW,
              head
                  + Amounts.of(
                      discardedAmount.setScale(3, RoundingMode.HALF_UP), drug.descriptorUnit())
                  + " discarded from single-dose containers; "
                  + units.containerUnits()
                  + " whole units in the containers - "
                  + units.administeredUnits()
                  + " administered = "
                  + units.jwUnits()
                  + " units with JW"
                  + (jwQuantity == null
                      ? ""
                      : ", NDC quantity " + Amounts.plain(jwQuantity) + " " + ndcUnit),
              field,
              input.diagnosisPointers()));
    }
  }

  /**
   * The CTP05-1 qualifier of a package under the payer's NDC quantity convention: the package's own
   * unit, or metric (mL when the package's volume is known, else mg, g or international units).
   */
  static NdcUnit ndcUnit(NdcPackage pkg, NdcQuantityConvention convention) {
    if (convention == NdcQuantityConvention.PACKAGE_UNIT) {
      return pkg.ndcUnit();
    }
    if (pkg.containerVolumeMl() != null || pkg.containerUnit() == AmountUnit.ML) {
      return NdcUnit.ML;
    }
    if (pkg.containerUnit().convertsTo(AmountUnit.MG)) {
      return NdcUnit.ME;
    }
    if (pkg.containerUnit().convertsTo(AmountUnit.UNITS)) {
      return NdcUnit.F2;
    }
    return pkg.ndcUnit();
  }

  private static BigDecimal quantity(
      BigDecimal amount, AmountUnit unit, NdcPackage pkg, NdcUnit ndcUnit) {
    return NdcQuantity.of(
        amount, unit, ndcUnit, pkg.containerAmount(), pkg.containerUnit(), pkg.containerVolumeMl());
  }

  private static List<String> drugCodes(List<CodedLine> lines) {
    List<String> out = new ArrayList<>();
    for (CodedLine l : lines) {
      if (l.kind() == CodedLine.Kind.DRUG && !out.contains(l.code())) {
        out.add(l.code());
      }
    }
    return out;
  }

  private static java.util.Map<String, String> perDiems(ReferenceSnapshot ref) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (Drug d : ref.drugs()) {
      if (d.homePerDiemHcpcs() != null) {
        out.put(d.hcpcs(), d.homePerDiemHcpcs());
      }
    }
    return out;
  }

  private static Set<String> immuneGlobulins(ReferenceSnapshot ref) {
    Set<String> out = new HashSet<>();
    for (Drug d : ref.drugs()) {
      if (d.immuneGlobulin()) {
        out.add(d.hcpcs());
      }
    }
    return out;
  }

  /** The label of the administration named by primaryAdministrationId, or null. */
  private static String primaryAdministration(
      PreviewRequest request,
      List<PreviewRequest.Administration> administrations,
      List<AdministrationRecord> records) {
    String id = request.primaryAdministrationId();
    if (id == null || id.isBlank()) {
      return null;
    }
    for (int i = 0; i < administrations.size(); i++) {
      if (id.trim()
          .equals(
              administrations.get(i).id() == null ? null : administrations.get(i).id().trim())) {
        return records.get(i).label();
      }
    }
    throw new InvalidBillingInputException(
        "primaryAdministrationId", "'" + id + "' is not the id of one of the administrations");
  }

  private static AuthorizationFacts authorization(
      PreviewRequest.Authorization input, ReferenceSnapshot ref) {
    if (input == null) {
      return null;
    }
    if (input.hcpcs() == null || !HCPCS.matcher(input.hcpcs().trim()).matches()) {
      throw new InvalidBillingInputException(
          "authorization.hcpcs", "required: a 5-character HCPCS code, not " + input.hcpcs());
    }
    if (input.remainingUnits() == null || input.remainingUnits() < 0) {
      throw new InvalidBillingInputException(
          "authorization.remainingUnits",
          "required and not negative, not " + input.remainingUnits());
    }
    LocalDate start = required(input.start(), "authorization.start", "required (YYYY-MM-DD)");
    LocalDate end = required(input.end(), "authorization.end", "required (YYYY-MM-DD)");
    if (end.isBefore(start)) {
      throw new InvalidBillingInputException(
          "authorization.end", end + " is before the start " + start);
    }
    return new AuthorizationFacts(
        input.hcpcs().trim().toUpperCase(Locale.ROOT),
        input.remainingUnits(),
        start,
        end,
        input.siteOfCare());
  }

  private static Set<String> hormonal(List<AdministrationRecord> records, ReferenceSnapshot ref) {
    Set<String> out = new HashSet<>();
    for (AdministrationRecord r : records) {
      if (r.drugHcpcs() != null
          && ref.drug(r.drugHcpcs()).map(Drug::hormonalAntineoplastic).orElse(false)) {
        out.add(r.drugHcpcs());
      }
    }
    return out;
  }
}
