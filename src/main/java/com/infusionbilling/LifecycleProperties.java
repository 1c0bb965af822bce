package com.infusionbilling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lifecycle.*}: the infusion provider as payers see it in 270 and 278 requests, and the
 * fallbacks of the lifecycle processes. Documented in application.yaml and docs/lifecycle.md.
 *
 * @param defaultRenewalLeadTimeDays used for a payer without its own renewal lead time
 */
@Validated
@ConfigurationProperties("lifecycle")
public record LifecycleProperties(
    @DefaultValue @Valid Provider provider,
    @DefaultValue("21") @Min(1) int defaultRenewalLeadTimeDays) {

  /** The billing/requesting provider: an organization with a type-2 NPI. */
  public record Provider(
      @DefaultValue("ACME INFUSION CENTER") @NotBlank String name,
      @DefaultValue("1234567893") @Pattern(regexp = "\\d{10}") String npi) {}
}
