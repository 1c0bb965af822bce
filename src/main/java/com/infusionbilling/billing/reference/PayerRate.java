package com.infusionbilling.billing.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payer's rate per unit of a HCPCS/CPT code, in force from {@code effectiveFrom}. */
public record PayerRate(
    String payerId,
    String code,
    BigDecimal rate,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String sourceNote) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
