package com.infusionbilling.billing.scrub;

import java.time.LocalDate;

/**
 * The prior authorization the claim is billed under.
 *
 * @param remainingUnits units (or visits, for payers that authorize visits) still available
 * @param siteOfCare the authorized site of care, or null when the authorization names none
 */
public record AuthorizationFacts(
    String hcpcs, int remainingUnits, LocalDate start, LocalDate end, SiteOfCare siteOfCare) {}
