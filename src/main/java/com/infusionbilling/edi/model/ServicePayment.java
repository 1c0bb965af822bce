package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 835 loop 2110: payment for one service line: procedure (SVC01, qualifier HC with modifiers),
 * charge, paid, units paid, date (DTM*472), line item control number (REF*6R, our 837 REF*6R),
 * allowed amount (AMT*B6), CAS adjustments and RARC remark codes (LQ*HE).
 */
public record ServicePayment(
    String procedureCode,
    List<String> modifiers,
    BigDecimal charge,
    BigDecimal paid,
    BigDecimal units,
    LocalDate serviceDate,
    String lineItemControlNumber,
    BigDecimal allowed,
    List<Adjustment> adjustments,
    List<String> remarkCodes) {

  public ServicePayment {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
  }

  /** The line with charge, paid, units, allowed and CAS amounts negated (a reversal). */
  public ServicePayment negated() {
    return new ServicePayment(
        procedureCode,
        modifiers,
        charge.negate(),
        paid.negate(),
        units == null ? null : units.negate(),
        serviceDate,
        lineItemControlNumber,
        allowed == null ? null : allowed.negate(),
        adjustments.stream().map(Adjustment::negated).toList(),
        remarkCodes);
  }
}
