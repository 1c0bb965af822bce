package com.infusionbilling.intake;

import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.DoseBasis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/referrals}: a referral for a specialty infusion. Field rules are checked before
 * anything is stored or started; cross-field rules (payer and drug in the catalogue, NPI check
 * digit, weight for weight-based doses, date order) in {@link ReferralValidator}.
 *
 * @param referralId the referring system's identifier; a second POST with the same ID returns the
 *     episode created by the first (optional, generated when absent)
 * @param secondaryCoverage the patient's secondary coverage, billed after the primary adjudicated a
 *     claim (optional; its payer must differ from the primary's)
 */
public record ReferralRequest(
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String referralId,
    @NotNull @Valid PatientData patient,
    @NotNull @Valid PrescriberData prescriber,
    @NotNull @Valid CoverageData coverage,
    @NotNull @Valid TherapyData therapy,
    @Valid CoverageData secondaryCoverage) {

  /** A referral without secondary coverage. */
  public ReferralRequest(
      String referralId,
      PatientData patient,
      PrescriberData prescriber,
      CoverageData coverage,
      TherapyData therapy) {
    this(referralId, patient, prescriber, coverage, therapy, null);
  }

  public record PatientData(
      @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") String mrn,
      @NotBlank @Size(max = 60) String firstName,
      @NotBlank @Size(max = 60) String lastName,
      @NotNull @Past LocalDate dateOfBirth,
      @NotNull @Pattern(regexp = "[FMU]") String sex,
      @NotNull @Valid AddressData address) {}

  public record AddressData(
      @NotBlank @Size(max = 55) String line1,
      @Size(max = 55) String line2,
      @NotBlank @Size(max = 30) String city,
      @NotNull @Pattern(regexp = "[A-Z]{2}") String state,
      @NotNull @Pattern(regexp = "\\d{5}(\\d{4})?") String postalCode) {}

  public record PrescriberData(
      @NotNull @Pattern(regexp = "\\d{10}") String npi,
      @NotBlank @Size(max = 60) String firstName,
      @NotBlank @Size(max = 60) String lastName) {}

  public record CoverageData(
      @NotBlank @Size(max = 40) String payerId,
      @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9-]+") String memberId,
      @Size(max = 50) String groupNumber,
      @Size(max = 80) String planName,
      @NotNull LocalDate effectiveFrom,
      LocalDate effectiveTo,
      BenefitType benefitType) {}

  public record TherapyData(
      @NotNull @Pattern(regexp = "[A-Z]\\d{4}") String hcpcs,
      @NotNull DoseBasis doseBasis,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000")
          BigDecimal doseAmount,
      @NotNull @Pattern(regexp = "MG|G") String doseUnit,
      @DecimalMin(value = "0", inclusive = false) @DecimalMax("400") BigDecimal weightKg,
      @DecimalMin(value = "0", inclusive = false) @DecimalMax("4") BigDecimal bsaM2,
      @NotBlank @Size(max = 40) String frequency,
      @NotNull @Min(1) @Max(365) Integer intervalDays,
      @NotNull @Min(1) @Max(100) Integer numberOfDoses,
      @NotEmpty @Size(max = 12)
          List<
                  @NotNull
                  @Pattern(
                      regexp = "[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?",
                      message = "must be an ICD-10-CM code such as K50.90")
                  String>
              diagnoses,
      @NotNull SiteOfCare siteOfCare,
      @NotNull LocalDate startDate) {}
}
