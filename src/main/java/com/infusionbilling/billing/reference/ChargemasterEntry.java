package com.infusionbilling.billing.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One chargemaster row: the provider's charge per billing unit of a HCPCS/CPT code (optionally for
 * one modifier), in force from {@code effectiveDate} until a later row for the same code and
 * modifier. The charge is the same for every payer; what a payer allows is its contract figure.
 *
 * @param modifier the modifier the charge is specific to, or "" for the code's general charge
 * @param charge dollars per billing unit
 * @param description optional text of the chargemaster line
 */
public record ChargemasterEntry(
    String code, String modifier, BigDecimal charge, LocalDate effectiveDate, String description) {

  public ChargemasterEntry {
    modifier = modifier == null ? "" : modifier;
  }

  /** The charge for {@code units} billing units, rounded half-up to cents (SV102 / SV203). */
  public BigDecimal lineCharge(int units) {
    return charge.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
  }
}
