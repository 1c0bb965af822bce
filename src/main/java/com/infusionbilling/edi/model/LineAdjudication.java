package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2430 of an 837 service line (005010X222A1 / X223A2): how another payer adjudicated the line,
 * from its 835 SVC: SVD (that payer's ID as in 2330B, paid amount, the procedure it paid, paid
 * units), its line CAS, and the adjudication date (DTP*573).
 */
public record LineAdjudication(
    String payerId,
    BigDecimal paid,
    String procedureCode,
    List<String> modifiers,
    BigDecimal units,
    List<Adjustment> adjustments,
    LocalDate adjudicationDate) {

  public LineAdjudication {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    if (payerId == null || paid == null || procedureCode == null || adjudicationDate == null) {
      throw new IllegalArgumentException("2430 needs SVD01, SVD02, SVD03 and DTP*573");
    }
  }
}
