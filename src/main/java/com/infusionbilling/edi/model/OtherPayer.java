package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2320 of an 837 (with 2330A and 2330B, 005010X222A1 / X223A2): another payer of the claim
 * and, once it adjudicated the claim, its answer, which a secondary claim carries to the next payer
 * (coordination of benefits).
 *
 * @param payerResponsibility SBR01 of that payer: P when it is the primary
 * @param claimFilingIndicator SBR09 of that payer (MB Medicare Part B, CI commercial, ...)
 * @param subscriber 2330A: that payer's subscriber (the patient, SBR02 18); name, member ID and
 *     address (2330A has no DMG, so birth date and gender are not sent)
 * @param payer 2330B: that payer; its ID is SVD01 of the line adjudications (2430)
 * @param paid AMT*D: what that payer paid on the claim (null: not adjudicated)
 * @param adjustments claim-level CAS of that payer's remittance (line CAS go in 2430)
 * @param adjudicationDate 2330B DTP*573, written only when no line carries that payer's 2430
 * @param payerClaimControlNumber 2330B REF*F8: that payer's claim control number (835 CLP07)
 */
public record OtherPayer(
    String payerResponsibility,
    String claimFilingIndicator,
    Member subscriber,
    Party payer,
    BigDecimal paid,
    List<Adjustment> adjustments,
    LocalDate adjudicationDate,
    String payerClaimControlNumber) {

  public OtherPayer {
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    if (subscriber == null || payer == null || payer.id() == null) {
      throw new IllegalArgumentException("2330A subscriber and 2330B payer (with its ID) required");
    }
  }
}
