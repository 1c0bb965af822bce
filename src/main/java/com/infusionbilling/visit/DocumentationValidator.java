package com.infusionbilling.visit;

import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.Route;
import com.infusionbilling.intake.ReferralValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of an administration's documentation (issue 16, item 2.2), including those that span
 * fields and that a form cannot check: the expiry is not before the date of service, the amount
 * discarded is at most what the containers held minus what was given, the stop time is after the
 * start and required for IV infusions, and the nurse's NPI has a valid check digit. Pure: the first
 * problem found is returned with the field's path in the billing preview request's shape ({@code
 * drugs[0].expiry}).
 */
public final class DocumentationValidator {
  /** An NDC as printed on the package (5-4-2, 4-4-2, 5-3-2, 5-4-1) or 11 digits. */
  public static final Pattern NDC =
      Pattern.compile(
          "^(\\d{5}-\\d{4}-\\d{2}|\\d{4}-\\d{4}-\\d{2}|\\d{5}-\\d{3}-\\d{2}|\\d{5}-\\d{4}-\\d{1}|\\d{11})$");

  public static final Pattern LOT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{0,29}$");
  public static final Pattern NPI = Pattern.compile("^\\d{10}$");

  /** A rule the documentation breaks: the field's path and what is wrong (no values echoed). */
  public record Problem(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  private DocumentationValidator() {}

  public static Optional<Problem> check(Documentation d, LocalDate serviceDate) {
    try {
      validate(d, serviceDate);
      return Optional.empty();
    } catch (Invalid e) {
      return Optional.of(e.problem);
    }
  }

  private static final class Invalid extends RuntimeException {
    final Problem problem;

    Invalid(String field, String message) {
      super(field + ": " + message, null, false, false);
      this.problem = new Problem(field, message);
    }
  }

  private static void validate(Documentation d, LocalDate serviceDate) {
    npi(d.nurseNpi(), "nurseNpi", true);
    npi(d.supervisingNpi(), "supervisingNpi", false);
    if (d.weightKg() != null && (d.weightKg().signum() <= 0 || d.weightKg().intValue() > 500)) {
      throw new Invalid("weightKg", "must be more than 0 and at most 500 kg");
    }
    if (d.weighedOn() != null && d.weighedOn().isAfter(serviceDate)) {
      throw new Invalid("weighedOn", "must not be after the date of service " + serviceDate);
    }
    if (d.drugs().isEmpty()) {
      throw new Invalid("drugs", "document at least one drug given");
    }
    for (int i = 0; i < d.drugs().size(); i++) {
      drug(d.drugs().get(i), "drugs[" + i + "]", serviceDate);
    }
    if (d.administrations().isEmpty()) {
      throw new Invalid("administrations", "document at least one administration");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < d.administrations().size(); i++) {
      String field = "administrations[" + i + "]";
      Documentation.Administration a = d.administrations().get(i);
      if (a == null) {
        throw new Invalid(field, "required");
      }
      if (blank(a.id()) || a.id().length() > 20) {
        throw new Invalid(field + ".id", "required, at most 20 characters");
      }
      if (!ids.add(a.id().trim())) {
        throw new Invalid(field + ".id", "two administrations have the same id");
      }
      if (a.route() == null) {
        throw new Invalid(field + ".route", "required");
      }
      if (a.category() == null) {
        throw new Invalid(field + ".category", "required");
      }
      if (blank(a.accessSite()) || a.accessSite().length() > 60) {
        throw new Invalid(field + ".accessSite", "required, at most 60 characters");
      }
      if (a.start() == null) {
        throw new Invalid(field + ".start", "required");
      }
      if (!a.start().toLocalDate().equals(serviceDate)) {
        throw new Invalid(field + ".start", "must be on the date of service " + serviceDate);
      }
      if (a.stop() == null && a.route() == Route.IV_INFUSION) {
        throw new Invalid(
            field + ".stop", "required for an IV infusion (additional hours need the stop time)");
      }
      if (a.stop() != null && !a.stop().isAfter(a.start())) {
        throw new Invalid(field + ".stop", "must be after the start");
      }
      if (a.stop() != null && a.stop().isAfter(a.start().plusHours(24))) {
        throw new Invalid(field + ".stop", "must be within 24 hours of the start");
      }
      if (!blank(a.drugHcpcs()) && !a.drugHcpcs().trim().matches("[A-Za-z0-9]{5}")) {
        throw new Invalid(field + ".drugHcpcs", "a HCPCS code has 5 characters");
      }
    }
    if (!blank(d.primaryAdministrationId()) && !ids.contains(d.primaryAdministrationId().trim())) {
      throw new Invalid("primaryAdministrationId", "must be the ID of one of the administrations");
    }
  }

  private static void drug(Documentation.Drug drug, String field, LocalDate serviceDate) {
    if (drug == null) {
      throw new Invalid(field, "required");
    }
    if (blank(drug.hcpcs()) || !drug.hcpcs().trim().matches("[A-Za-z0-9]{5}")) {
      throw new Invalid(field + ".hcpcs", "a HCPCS code of 5 characters is required");
    }
    if (blank(drug.ndc()) || !NDC.matcher(drug.ndc().trim()).matches()) {
      throw new Invalid(
          field + ".ndc", "an NDC as on the package is required (5-4-2, 4-4-2, 5-3-2 or 5-4-1)");
    }
    if (blank(drug.lot()) || !LOT.matcher(drug.lot().trim()).matches()) {
      throw new Invalid(field + ".lot", "a lot number is required (letters, digits, hyphens)");
    }
    if (drug.expiry() == null) {
      throw new Invalid(field + ".expiry", "required");
    }
    if (drug.expiry().isBefore(serviceDate)) {
      throw new Invalid(
          field + ".expiry", "the lot expired before the date of service " + serviceDate);
    }
    AmountUnit unit =
        AmountUnit.parse(drug.amountUnit())
            .orElseThrow(
                () -> new Invalid(field + ".amountUnit", "required (mg, g, mcg, mL, units)"));
    if (drug.administeredAmount() == null || drug.administeredAmount().signum() <= 0) {
      throw new Invalid(field + ".administeredAmount", "must be more than 0");
    }
    BigDecimal discarded =
        drug.discardedAmount() == null ? BigDecimal.ZERO : drug.discardedAmount();
    if (discarded.signum() < 0) {
      throw new Invalid(field + ".discardedAmount", "must not be negative");
    }
    if (drug.containers().isEmpty()) {
      throw new Invalid(field + ".containers", "document the containers opened");
    }
    BigDecimal held = BigDecimal.ZERO;
    for (int j = 0; j < drug.containers().size(); j++) {
      String c = field + ".containers[" + j + "]";
      Documentation.Container container = drug.containers().get(j);
      if (container == null) {
        throw new Invalid(c, "required");
      }
      if (container.size() == null || container.size().signum() <= 0) {
        throw new Invalid(c + ".size", "must be more than 0");
      }
      AmountUnit cu =
          AmountUnit.parse(container.unit())
              .filter(u -> u.convertsTo(unit))
              .orElseThrow(
                  () ->
                      new Invalid(
                          c + ".unit", "required, in a unit comparable to " + drug.amountUnit()));
      if (container.count() == null || container.count() < 1 || container.count() > 100) {
        throw new Invalid(c + ".count", "a whole number from 1 to 100");
      }
      held =
          held.add(
              cu.convert(container.size(), unit).multiply(BigDecimal.valueOf(container.count())));
    }
    if (drug.administeredAmount().compareTo(held) > 0) {
      throw new Invalid(field + ".administeredAmount", "is more than the containers opened hold");
    }
    if (discarded.compareTo(held.subtract(drug.administeredAmount())) > 0) {
      throw new Invalid(
          field + ".discardedAmount",
          "must be at most what the containers held minus the amount given ("
              + held.subtract(drug.administeredAmount()).stripTrailingZeros().toPlainString()
              + " "
              + drug.amountUnit()
              + ")");
    }
    if (discarded.signum() > 0 && blank(drug.wasteWitness())) {
      throw new Invalid(field + ".wasteWitness", "required when drug is discarded");
    }
    if (drug.wasteWitness() != null && drug.wasteWitness().length() > 100) {
      throw new Invalid(field + ".wasteWitness", "at most 100 characters");
    }
  }

  private static void npi(String npi, String field, boolean required) {
    if (blank(npi)) {
      if (required) {
        throw new Invalid(field, "required");
      }
      return;
    }
    if (!NPI.matcher(npi.trim()).matches()) {
      throw new Invalid(field, "an NPI has 10 digits");
    }
    if (!ReferralValidator.npiCheckDigitValid(npi.trim())) {
      throw new Invalid(field, "NPI check digit is wrong");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
