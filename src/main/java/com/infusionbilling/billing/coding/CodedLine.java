package com.infusionbilling.billing.coding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim line as the coding rules produce it, before pricing.
 *
 * @param kind drug or administration line
 * @param ndc11 the 11-digit NDC (drug lines), or null
 * @param ndcQuantity the loop 2410 CTP04 quantity, or null
 * @param ndcUnit the loop 2410 CTP05-1 qualifier, or null
 * @param ruleId the rule that produced the line
 * @param explanation one line: how the code and units were derived
 * @param source the drug or administration record the line came from (e.g. "drugs[0]")
 */
public record CodedLine(
    Kind kind,
    String code,
    int units,
    List<String> modifiers,
    String ndc11,
    BigDecimal ndcQuantity,
    NdcUnit ndcUnit,
    String ruleId,
    String explanation,
    String source,
    List<Integer> diagnosisPointers) {

  /** Drug (HCPCS J/Q code) or administration (CPT 963xx) line. */
  public enum Kind {
    DRUG,
    ADMINISTRATION
  }

  public CodedLine {
    modifiers = List.copyOf(modifiers);
    diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
  }

  public boolean hasModifier(String modifier) {
    return modifiers.contains(modifier);
  }
}
