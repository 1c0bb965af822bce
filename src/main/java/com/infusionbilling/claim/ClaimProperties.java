package com.infusionbilling.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lifecycle.claims.*}: what an 837 needs about the billing provider beyond {@code
 * lifecycle.provider} (name, NPI), the place of service per site of care, and the clocks of {@code
 * ClaimSubmission}. Documented in application.yaml and docs/lifecycle.md.
 *
 * @param billingProvider 2010AA address (9-digit ZIP), EIN (REF*EI) and taxonomy (PRV*BI)
 * @param placeOfService 837P CLM05-1 per site of care, overriding the defaults: HOME 12 (home),
 *     every other site 11 (office; an infusion suite billed by a practice is an office)
 * @param facilityTypeCode 837I CLM05-1 (13 hospital outpatient)
 * @param remittanceTurnaround how long to wait for the remittance of an acknowledged claim before
 *     "Check claim status", unless {@code payerTurnaround} names the payer
 * @param filingWarningDays managers are notified this many days before the timely-filing deadline
 *     of a claim that is not yet acknowledged
 */
@Validated
@ConfigurationProperties("lifecycle.claims")
public record ClaimProperties(
    @DefaultValue @Valid BillingProvider billingProvider,
    @DefaultValue Map<String, String> placeOfService,
    @DefaultValue("13") @Pattern(regexp = "\\d{2}") String facilityTypeCode,
    @DefaultValue("30d") @NotNull Duration remittanceTurnaround,
    @DefaultValue Map<String, Duration> payerTurnaround,
    @DefaultValue("30") @Min(0) @Max(365) int filingWarningDays) {

  public record BillingProvider(
      @DefaultValue("100 MAIN ST") @NotBlank String addressLine1,
      @DefaultValue("SUITE 200") String addressLine2,
      @DefaultValue("SPRINGFIELD") @NotBlank String city,
      @DefaultValue("IL") @Pattern(regexp = "[A-Z]{2}") String state,
      @DefaultValue("627011234") @Pattern(regexp = "\\d{9}") String postalCode,
      @DefaultValue("123456789") @Pattern(regexp = "\\d{9}") String taxId,
      @DefaultValue("261QI0500X") String taxonomy) {}

  /** The turnaround of one payer (map keys are upper-cased by relaxed binding rules we undo). */
  public Duration turnaround(String payerId) {
    for (var e : payerTurnaround.entrySet()) {
      if (e.getKey().equalsIgnoreCase(payerId)
          || e.getKey().equalsIgnoreCase(payerId.replace('_', '-'))) {
        return e.getValue();
      }
    }
    return remittanceTurnaround;
  }

  /** CLM05-1 of an 837P for a site of care. */
  public String placeOfService(String siteOfCare) {
    for (var e : placeOfService.entrySet()) {
      if (e.getKey().equalsIgnoreCase(siteOfCare)
          || e.getKey().replace('-', '_').equalsIgnoreCase(siteOfCare)) {
        return e.getValue();
      }
    }
    return "HOME".equalsIgnoreCase(siteOfCare) ? "12" : "11";
  }
}
