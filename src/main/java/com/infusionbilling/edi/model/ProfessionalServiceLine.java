package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2400 of an 837P: SV1 procedure (HCPCS/CPT with up to four modifiers such as JW or JZ),
 * charge, units (UN) or minutes (MJ), diagnosis pointers (1-based into the claim's diagnoses),
 * service date (DTP*472), line item control number (REF*6R), for drugs the NDC (2410) and, on a
 * claim to a secondary payer, how the other payers adjudicated the line (2430).
 */
public record ProfessionalServiceLine(
    String lineItemControlNumber,
    String procedureCode,
    List<String> modifiers,
    BigDecimal charge,
    BigDecimal units,
    String unitCode,
    List<Integer> diagnosisPointers,
    LocalDate serviceDate,
    DrugIdentification drug,
    List<LineAdjudication> adjudications) {

  public ProfessionalServiceLine {
    adjudications = adjudications == null ? List.of() : List.copyOf(adjudications);
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    diagnosisPointers = diagnosisPointers == null ? List.of(1) : List.copyOf(diagnosisPointers);
    unitCode = unitCode == null ? "UN" : unitCode;
    if (modifiers.size() > 4) {
      throw new IllegalArgumentException("at most four procedure modifiers");
    }
    if (modifiers.contains("JW") && modifiers.contains("JZ")) {
      throw new IllegalArgumentException("JW and JZ never appear on the same line");
    }
  }
}
