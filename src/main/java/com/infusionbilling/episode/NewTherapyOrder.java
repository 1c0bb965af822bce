package com.infusionbilling.episode;

import com.infusionbilling.billing.scrub.SiteOfCare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a referral orders, before it is stored as the episode's {@link TherapyOrder}.
 *
 * @param doseBasis FIXED, PER_KG (needs {@code weightKg}) or PER_M2 (needs {@code bsaM2})
 * @param doseUnit MG or G
 * @param diagnoses ICD-10-CM codes, principal first
 */
public record NewTherapyOrder(
    String hcpcs,
    DoseBasis doseBasis,
    BigDecimal doseAmount,
    String doseUnit,
    BigDecimal weightKg,
    BigDecimal bsaM2,
    String frequency,
    int intervalDays,
    int numberOfDoses,
    List<String> diagnoses,
    SiteOfCare siteOfCare,
    LocalDate startDate) {}
