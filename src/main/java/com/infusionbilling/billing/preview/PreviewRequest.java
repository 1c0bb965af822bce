package com.infusionbilling.billing.preview;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Route;
import com.infusionbilling.billing.scrub.PriorSubmission;
import com.infusionbilling.billing.scrub.SiteOfCare;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One encounter to code, price and scrub. The field names are the public contract of {@code POST
 * /api/billing/preview}. Times are local wall-clock times at the site of care, read in the zone
 * configured as {@code billing.zone}.
 */
public record PreviewRequest(
    @Schema(description = "Payer id from the payer catalogue", example = "MEDICARE_PART_B")
        String payerId,
    @Schema(description = "PROFESSIONAL (837P) or INSTITUTIONAL (837I)") ClaimType claimType,
    @Schema(description = "Date of service", example = "2025-03-04") LocalDate serviceDate,
    List<Drug> drugs,
    List<Administration> administrations,
    @Schema(description = "The prior authorization the claim is billed under (optional)")
        Authorization authorization,
    @Schema(description = "Optional: where the drug was given, checked against the authorization")
        SiteOfCare siteOfCare,
    @Schema(
            description =
                "Optional: the date the claim will be filed, for the timely-filing check; defaults to today in billing.zone")
        LocalDate submissionDate,
    @Schema(
            description =
                "Optional, professional claims: the id of the administration that is the primary reason for the encounter; the physician reports it as the initial service (CPT). Without it the hierarchy chooses, with a warning")
        String primaryAdministrationId,
    @Schema(
            description =
                "Optional, institutional claims: the statement period's through date; timely filing counts from it (defaults to serviceDate)")
        LocalDate statementThroughDate,
    @Schema(
            description =
                "Optional: earlier submissions of this claim and their acknowledgement; the first ACCEPTED one is the filing date, rejected ones (999/277CA) do not count as filed")
        List<PriorSubmission> priorSubmissions,
    @Schema(
            description =
                "Optional: the claim's ICD-10-CM codes in claim order (diagnosisPointers refer to them); needed where a rule depends on the diagnosis (Medicare home IVIG: primary immune deficiency)",
            example = "[\"D80.0\"]")
        List<String> diagnosisCodes,
    @Schema(
            description =
                "Optional, Medicare Part B: GA when an ABN (CMS-R-131) was signed for a drug the LCD does not cover for these diagnoses, GZ when none was; put on every drug line (Pub. 100-04 ch. 1 §60.4.2)",
            example = "GA")
        String liabilityModifier) {

  /** A request with the issue-4 fields and primaryAdministrationId. */
  public PreviewRequest(
      String payerId,
      ClaimType claimType,
      LocalDate serviceDate,
      List<Drug> drugs,
      List<Administration> administrations,
      Authorization authorization,
      SiteOfCare siteOfCare,
      LocalDate submissionDate,
      String primaryAdministrationId) {
    this(
        payerId,
        claimType,
        serviceDate,
        drugs,
        administrations,
        authorization,
        siteOfCare,
        submissionDate,
        primaryAdministrationId,
        null,
        null,
        null,
        null);
  }

  /** A request with the issue-4 fields only. */
  public PreviewRequest(
      String payerId,
      ClaimType claimType,
      LocalDate serviceDate,
      List<Drug> drugs,
      List<Administration> administrations,
      Authorization authorization,
      SiteOfCare siteOfCare,
      LocalDate submissionDate) {
    this(
        payerId,
        claimType,
        serviceDate,
        drugs,
        administrations,
        authorization,
        siteOfCare,
        submissionDate,
        null);
  }

  /** A drug given during the encounter. */
  public record Drug(
      @Schema(example = "J1745") String hcpcs,
      @Schema(
              description = "NDC as on the package: 11-digit 5-4-2 or 10-digit 4-4-2/5-3-2/5-4-1",
              example = "57894-030-01")
          String ndc,
      @Schema(example = "365") BigDecimal administeredAmount,
      @Schema(description = "mg, g, mcg, mL, L, units, mEq", example = "mg") String amountUnit,
      @Schema(description = "Containers opened for the dose") List<Container> containers,
      @Schema(
              description =
                  "Single-dose container (JW/JZ apply); when omitted, taken from the NDC catalogue")
          Boolean singleDoseContainer,
      @Schema(description = "Optional: 1-based pointers to the claim's diagnoses")
          @JsonDeserialize(contentUsing = StrictIntegerDeserializer.class)
          List<Integer> diagnosisPointers) {}

  /** Containers of one size opened for a dose. */
  public record Container(
      @Schema(example = "100") BigDecimal size,
      @Schema(example = "mg") String unit,
      @Schema(example = "4") @JsonDeserialize(using = StrictIntegerDeserializer.class)
          Integer count) {}

  /** One documented administration. */
  public record Administration(
      @Schema(example = "a1") String id,
      Route route,
      @Schema(
              description =
                  "CHEMOTHERAPY, THERAPEUTIC or HYDRATION; optional when drugHcpcs is given (the drug catalogue decides, and a disagreeing value is a warning)")
          DrugCategory category,
      @Schema(example = "J1745") String drugHcpcs,
      @Schema(example = "2025-03-04T09:00:00") LocalDateTime start,
      @Schema(example = "2025-03-04T11:35:00") LocalDateTime stop,
      @Schema(example = "left forearm") String accessSite,
      @Schema(description = "Optional: 1-based pointers to the claim's diagnoses")
          @JsonDeserialize(contentUsing = StrictIntegerDeserializer.class)
          List<Integer> diagnosisPointers) {}

  /** The authorization: code, what remains of it, and its span. */
  public record Authorization(
      @Schema(example = "J1745") String hcpcs,
      @Schema(description = "Units remaining, or visits for payers that authorize visits")
          @JsonDeserialize(using = StrictIntegerDeserializer.class)
          Integer remainingUnits,
      LocalDate start,
      LocalDate end,
      @Schema(description = "Optional: the authorized site of care") SiteOfCare siteOfCare) {}
}
