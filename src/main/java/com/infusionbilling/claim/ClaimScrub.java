package com.infusionbilling.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.NdcUnit;
import com.infusionbilling.billing.coding.Severity;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.scrub.ClaimScrubber;
import com.infusionbilling.billing.scrub.PriorSubmission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The pre-submission review of a stored claim: the billing engine's scrubber (MUE, NCCI PTP,
 * diagnosis pointers, timely filing) on the claim's own lines, plus what a valid 837 needs that
 * coding does not check (a charge on every line, the NDC in loop 2410 on drug lines, a revenue code
 * on 837I lines, at most 12 diagnoses and 50 lines on an 837P, a rendering provider the 837 can
 * name). Pure reads: the outcome is stored by {@link ClaimSubmissionService}.
 */
@Component
class ClaimScrub {
  /** One finding, {@code line} 1-based (null for the claim). */
  record Finding(String severity, String code, String message, Integer line) {
    boolean error() {
      return Severity.ERROR.name().equals(severity);
    }
  }

  private final BillingProperties billing;
  private final Claim837Builder builder;
  private final ObjectMapper json;
  private final Clock clock;

  @Autowired
  ClaimScrub(BillingProperties billing, Claim837Builder builder, ObjectMapper json) {
    this(billing, builder, json, Clock.system(billing.zone()));
  }

  ClaimScrub(BillingProperties billing, Claim837Builder builder, ObjectMapper json, Clock clock) {
    this.billing = billing;
    this.builder = builder;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @param priorSubmissions the version's earlier submissions and what their acknowledgements said:
   *     only an accepted one counts as filed for the timely-filing check
   */
  List<Finding> review(
      Claim claim,
      List<ClaimLine> lines,
      Payer payer,
      ReferenceSnapshot ref,
      List<PriorSubmission> priorSubmissions) {
    List<Finding> out = new ArrayList<>();
    List<CodedLine> coded = new ArrayList<>(lines.size());
    for (ClaimLine l : lines) {
      boolean drug = ref.drug(l.getCode()).isPresent();
      coded.add(
          new CodedLine(
              drug ? CodedLine.Kind.DRUG : CodedLine.Kind.ADMINISTRATION,
              l.getCode(),
              l.getUnits(),
              l.getModifiers(),
              l.getNdc(),
              l.getNdcQuantity(),
              l.getNdcUnit() == null ? null : NdcUnit.valueOf(l.getNdcUnit()),
              l.getRuleId(),
              l.getExplanation(),
              "line " + l.getLineNumber(),
              l.getDiagnosisPointers()));
      String at = l.getCode() + " (line " + l.getLineNumber() + ")";
      if (l.getCharge() == null) {
        out.add(
            error(
                "CHARGE_MISSING",
                at + " has no charge: load the chargemaster row for the code",
                l.getLineNumber()));
      }
      if (drug && l.getNdc() == null) {
        out.add(
            error(
                "NDC_MISSING",
                at
                    + " is a drug line without its NDC (loop 2410 LIN03); payers deny it"
                    + " CO-16 with M119",
                l.getLineNumber()));
      }
      if (claim.getClaimType() == ClaimType.INSTITUTIONAL
          && (l.getRevenueCode() == null || !l.getRevenueCode().matches("\\d{4}"))) {
        out.add(
            error(
                "REVENUE_CODE_MISSING",
                at + " needs a revenue code on an 837I (0636 drugs, 0260/0335/0331 administration)",
                l.getLineNumber()));
      }
      if (l.getModifiers().size() > 4) {
        out.add(error("MODIFIERS_TOO_MANY", at + " has more than 4 modifiers", l.getLineNumber()));
      }
      if (l.getModifiers().contains("JW") && l.getModifiers().contains("JZ")) {
        out.add(
            error(
                "JW_JZ_SAME_LINE",
                at + " carries both JW and JZ; they never appear on the same line",
                l.getLineNumber()));
      }
      for (int p : l.getDiagnosisPointers()) {
        if (p < 1 || p > claim.getDiagnoses().size()) {
          out.add(
              error(
                  "DIAGNOSIS_POINTER_INVALID",
                  at + " points to diagnosis " + p + " of " + claim.getDiagnoses().size(),
                  l.getLineNumber()));
        }
      }
    }
    if (claim.getClaimType() == ClaimType.PROFESSIONAL) {
      if (claim.getDiagnoses().size() > 12) {
        out.add(error("DIAGNOSES_TOO_MANY", "an 837P carries at most 12 diagnoses", null));
      }
      if (lines.size() > 50) {
        out.add(error("LINES_TOO_MANY", "an 837P carries at most 50 service lines", null));
      }
    }
    if (claim.getDiagnoses().isEmpty()) {
      out.add(error("DIAGNOSIS_MISSING", "the claim has no diagnosis", null));
    }
    if (!builder.renderingKnown(claim)) {
      out.add(
          new Finding(
              Severity.WARNING.name(),
              "RENDERING_PROVIDER_UNNAMED",
              "rendering NPI "
                  + claim.getRenderingNpi()
                  + " is not the episode's prescriber; the claim is sent under the billing provider",
              null));
    }
    var result =
        ClaimScrubber.scrub(
            coded,
            new ClaimScrubber.Claim(
                payer.payerId(),
                claim.getDateOfService(),
                today(claim),
                claim.getClaimType().editSetting(),
                ClaimService.site(claim.getSiteOfCare()),
                null,
                billing.timelyFilingWarningDays(),
                claim.getClaimType() == ClaimType.INSTITUTIONAL ? claim.getDateOfService() : null,
                priorSubmissions),
            payer,
            ref);
    for (Edit e : result.edits()) {
      out.add(
          new Finding(
              e.severity().name(),
              e.code(),
              e.message(),
              e.line() == null ? null : lines.get(e.line()).getLineNumber()));
    }
    return out;
  }

  /** The scrub's "today", never before the date of service. */
  private LocalDate today(Claim claim) {
    LocalDate today = LocalDate.now(clock);
    return today.isBefore(claim.getDateOfService()) ? claim.getDateOfService() : today;
  }

  private static Finding error(String code, String message, Integer line) {
    return new Finding(Severity.ERROR.name(), code, message, line);
  }

  String toJson(List<Finding> findings) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("severity", f.severity());
      m.put("code", f.code());
      m.put("message", f.message());
      m.put("line", f.line());
      out.add(m);
    }
    try {
      String s = json.writeValueAsString(out);
      return s.length() <= 4000
          ? s
          : json.writeValueAsString(out.subList(0, Math.min(10, out.size())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Finding> fromJson(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(stored, new TypeReference<List<Finding>>() {});
    } catch (JsonProcessingException e) {
      return List.of(
          new Finding(Severity.WARNING.name(), "EDITS_UNREADABLE", e.getMessage(), null));
    }
  }

  /** One line per ERROR edit, for the "Correct claim" form. */
  static String summary(List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      if (f.error()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(f.code()).append(": ").append(f.message());
      }
    }
    return b.toString();
  }
}
