package com.infusionbilling.billing.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a quarterly ASP pricing file: the Medicare Part B payment limit (ASP + 6 %) per
 * billing unit of {@code hcpcs}, in force for the quarter {@code start}…{@code end}.
 *
 * @param quarter e.g. "2025Q3"
 * @param coinsurancePercent the file's Co-insurance Percentage, or null when the file has none
 */
public record AspPrice(
    String quarter,
    LocalDate start,
    LocalDate end,
    String hcpcs,
    String dosage,
    BigDecimal paymentLimit,
    BigDecimal coinsurancePercent,
    String notes) {}
