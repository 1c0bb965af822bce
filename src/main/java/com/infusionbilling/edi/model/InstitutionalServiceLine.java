package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2400 of an 837I: SV2 revenue code (0260 IV therapy, 0636 drugs requiring detailed coding),
 * HCPCS with modifiers, charge, units, service date (DTP*472), REF*6R, the NDC (2410) and, on a
 * claim to a secondary payer, how the other payers adjudicated the line (2430).
 */
public record InstitutionalServiceLine(
    String lineItemControlNumber,
    String revenueCode,
    String procedureCode,
    List<String> modifiers,
    BigDecimal charge,
    BigDecimal units,
    LocalDate serviceDate,
    DrugIdentification drug,
    List<LineAdjudication> adjudications) {

  /** A line of a claim to the primary payer (no 2430). */
  public InstitutionalServiceLine(
      String lineItemControlNumber,
      String revenueCode,
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      LocalDate serviceDate,
      DrugIdentification drug) {
    this(
        lineItemControlNumber,
        revenueCode,
        procedureCode,
        modifiers,
        charge,
        units,
        serviceDate,
        drug,
        null);
  }

  public InstitutionalServiceLine {
    adjudications = adjudications == null ? List.of() : List.copyOf(adjudications);
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    if (modifiers.size() > 4) {
      throw new IllegalArgumentException("at most four procedure modifiers");
    }
    if (modifiers.contains("JW") && modifiers.contains("JZ")) {
      throw new IllegalArgumentException("JW and JZ never appear on the same line");
    }
    if (revenueCode == null || !revenueCode.matches("\\d{4}")) {
      throw new IllegalArgumentException("revenue code must be 4 digits, for example 0636");
    }
  }
}
