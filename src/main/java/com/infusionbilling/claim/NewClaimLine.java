package com.infusionbilling.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * One coded line of a {@link NewClaim}, as the billing engine produced it (CONTRACT-16).
 *
 * @param ndc 11-digit NDC (drug lines only, else null); {@code ndcQuantity} and {@code ndcUnit}
 *     (UN, ML, GR, ME, F2) go into loop 2410 CTP04/CTP05
 * @param expectedAllowed the billing engine's figure for the line, may be null
 * @param revenueCode 837I only (0260, 0335, 0636, ...), else null
 * @param diagnosisPointers 1-based into {@link NewClaim#diagnoses()}
 */
public record NewClaimLine(
    String code,
    List<String> modifiers,
    int units,
    String ndc,
    BigDecimal ndcQuantity,
    String ndcUnit,
    BigDecimal expectedAllowed,
    String ruleId,
    String explanation,
    String revenueCode,
    List<Integer> diagnosisPointers) {

  public NewClaimLine {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
  }
}
