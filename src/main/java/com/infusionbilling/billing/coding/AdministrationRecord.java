package com.infusionbilling.billing.coding;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One documented administration: a drug or fluid given by a route, with start and stop times as
 * local wall-clock times at the site of care (the billing zone applies), through an access site.
 *
 * @param label how explanations name the record, e.g. "administration a1"
 * @param drugHcpcs the drug given, or null (hydration)
 * @param stop null when not documented
 */
public record AdministrationRecord(
    String label,
    Route route,
    DrugCategory category,
    String drugHcpcs,
    LocalDateTime start,
    LocalDateTime stop,
    String accessSite,
    List<Integer> diagnosisPointers) {}
