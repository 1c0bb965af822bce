package com.infusionbilling.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the billing rules engine ({@code billing.*}, documented in application.yaml).
 *
 * @param zone the zone administration times are local to and "today" is taken in
 * @param timelyFilingWarningDays warn when the payer's timely-filing limit is this close
 */
@Validated
@ConfigurationProperties("billing")
public record BillingProperties(
    @NotNull @DefaultValue("America/New_York") ZoneId zone,
    @Min(0) @Max(365) @DefaultValue("30") int timelyFilingWarningDays) {}
