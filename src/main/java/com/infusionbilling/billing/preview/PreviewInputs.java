package com.infusionbilling.billing.preview;

import com.infusionbilling.billing.coding.AdministrationRecord;
import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.scrub.PriorSubmission;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reading a preview request: each input checked and turned into the engine's terms, or an {@link
 * InvalidBillingInputException} naming the field (a 400 with the field's JSON path).
 */
final class PreviewInputs {
  private PreviewInputs() {}

  static Payer payer(PreviewRequest request, ReferenceSnapshot ref) {
    if (request.payerId() == null || request.payerId().isBlank()) {
      throw new InvalidBillingInputException("payerId", "required");
    }
    return ref.payer(request.payerId().trim())
        .orElseThrow(
            () ->
                new InvalidBillingInputException(
                    "payerId", "'" + request.payerId() + "' is not in the payer catalogue"));
  }

  static <T> T required(T value, String field, String message) {
    if (value == null) {
      throw new InvalidBillingInputException(field, message);
    }
    return value;
  }

  /** Field names are built only for bad input, as {@code base + suffix}. */
  static Drug knownDrug(String hcpcs, String base, String suffix, ReferenceSnapshot ref) {
    if (hcpcs == null || hcpcs.isBlank()) {
      throw new InvalidBillingInputException(base + suffix, "required");
    }
    Drug drug = ref.drug(hcpcs).orElse(null);
    if (drug == null) {
      drug = ref.drug(hcpcs.trim().toUpperCase(Locale.ROOT)).orElse(null);
    }
    if (drug == null) {
      throw new InvalidBillingInputException(
          base + suffix, "'" + hcpcs + "' is not in the drug catalogue (unknown HCPCS)");
    }
    return drug;
  }

  static void checkPointers(List<Integer> pointers, String base, String suffix) {
    if (pointers == null) {
      return;
    }
    for (int j = 0; j < pointers.size(); j++) {
      Integer p = pointers.get(j);
      if (p == null || p < 1 || p > 12) {
        throw new InvalidBillingInputException(
            base + suffix + "[" + j + "]", "a diagnosis pointer is 1 to 12, not " + p);
      }
    }
  }

  static AmountUnit unit(String text, String base, String suffix, Drug drug) {
    AmountUnit unit = text == null ? null : AmountUnit.parse(text).orElse(null);
    if (unit != null && unit.convertsTo(drug.descriptorUnit())) {
      return unit;
    }
    String field = base + suffix;
    if (text == null || text.isBlank()) {
      throw new InvalidBillingInputException(field, "required (mg, g, mcg, mL, L, units, mEq)");
    }
    if (unit == null) {
      throw new InvalidBillingInputException(
          field, "unknown unit '" + text + "' (use mg, g, mcg, mL, L, units, mEq)");
    }
    throw new InvalidBillingInputException(
        field,
        unit.label()
            + " does not convert to the descriptor unit of "
            + drug.hcpcs()
            + " (1 unit = "
            + drug.descriptor()
            + "); give the amount in "
            + drug.descriptorUnit().label());
  }

  static BigDecimal positive(BigDecimal value, String base, String suffix) {
    if (value != null && value.signum() > 0) {
      return value;
    }
    String field = base + suffix;
    if (value == null) {
      throw new InvalidBillingInputException(field, "required");
    }
    if (value.signum() <= 0) {
      throw new InvalidBillingInputException(
          field, "must be greater than zero, not " + value.toPlainString());
    }
    return value;
  }

  static AdministrationRecord administration(
      PreviewRequest.Administration input,
      String field,
      LocalDate serviceDate,
      ReferenceSnapshot ref,
      List<Edit> edits) {
    if (input == null) {
      throw new InvalidBillingInputException(field, "required");
    }
    if (input.route() == null) {
      throw new InvalidBillingInputException(
          field + ".route", "required: IV_INFUSION, IV_PUSH, SUBCUTANEOUS or INTRAMUSCULAR");
    }
    String drugHcpcs = null;
    DrugCategory category = input.category();
    if (input.drugHcpcs() != null && !input.drugHcpcs().isBlank()) {
      Drug drug = knownDrug(input.drugHcpcs(), field, ".drugHcpcs", ref);
      drugHcpcs = drug.hcpcs();
      category = drug.administrationCategory();
      if (input.category() != null && input.category() != category) {
        edits.add(
            Edit.warning(
                "ADMIN_CATEGORY_FROM_CATALOGUE",
                field
                    + " says "
                    + input.category()
                    + " but the drug catalogue has "
                    + drug.hcpcs()
                    + " as "
                    + category
                    + " ("
                    + drug.categorySource()
                    + "); coded as "
                    + category));
      }
    } else if (category == null) {
      throw new InvalidBillingInputException(
          field + ".category",
          "required without drugHcpcs: CHEMOTHERAPY, THERAPEUTIC or HYDRATION");
    }
    if (input.start() != null && !input.start().toLocalDate().equals(serviceDate)) {
      throw new InvalidBillingInputException(
          field + ".start", input.start() + " is not on the service date " + serviceDate);
    }
    if (input.start() != null && input.stop() != null) {
      if (input.stop().isBefore(input.start())) {
        throw new InvalidBillingInputException(
            field + ".stop", "stop " + input.stop() + " is before start " + input.start());
      }
      if (Duration.between(input.start(), input.stop()).toHours() >= 24) {
        throw new InvalidBillingInputException(
            field + ".stop",
            "stop " + input.stop() + " is 24 hours or more after start " + input.start());
      }
    }
    checkPointers(input.diagnosisPointers(), field, ".diagnosisPointers");
    String label =
        input.id() == null || input.id().isBlank() ? field : "administration " + input.id().trim();
    return new AdministrationRecord(
        label,
        input.route(),
        category,
        drugHcpcs,
        input.start(),
        input.stop(),
        input.accessSite(),
        input.diagnosisPointers());
  }

  static List<PriorSubmission> priorSubmissions(
      PreviewRequest request, LocalDate serviceDate, LocalDate submissionDate) {
    List<PriorSubmission> prior = request.priorSubmissions();
    if (prior == null) {
      return List.of();
    }
    for (int i = 0; i < prior.size(); i++) {
      String field = "priorSubmissions[" + i + "]";
      PriorSubmission p = prior.get(i);
      if (p == null) {
        throw new InvalidBillingInputException(field, "required");
      }
      if (p.submittedOn() == null) {
        throw new InvalidBillingInputException(field + ".submittedOn", "required (YYYY-MM-DD)");
      }
      if (p.outcome() == null) {
        throw new InvalidBillingInputException(
            field + ".outcome", "required: ACCEPTED, REJECTED_999 or REJECTED_277CA");
      }
      if (p.submittedOn().isBefore(serviceDate) || p.submittedOn().isAfter(submissionDate)) {
        throw new InvalidBillingInputException(
            field + ".submittedOn",
            p.submittedOn()
                + " is not between the service date "
                + serviceDate
                + " and the submission date "
                + submissionDate);
      }
    }
    return prior;
  }

  static final java.util.regex.Pattern ICD10 =
      java.util.regex.Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");

  static List<String> diagnosisCodes(PreviewRequest request) {
    if (request.diagnosisCodes() == null) {
      return null;
    }
    List<String> out = new ArrayList<>(request.diagnosisCodes().size());
    for (int i = 0; i < request.diagnosisCodes().size(); i++) {
      String code = request.diagnosisCodes().get(i);
      String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
      if (!ICD10.matcher(trimmed).matches()) {
        throw new InvalidBillingInputException(
            "diagnosisCodes[" + i + "]", "'" + code + "' is not an ICD-10-CM code like D80.0");
      }
      out.add(trimmed);
    }
    return out;
  }
}
