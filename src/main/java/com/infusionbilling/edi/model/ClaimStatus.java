package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 2200D of a 277CA: one claim's status.
 *
 * @param patientControlNumber TRN02, the CLM01 we sent
 * @param patientLastName 2100D NM103 (PHI)
 * @param statusCategory STC01-1: A1/A2 acknowledged/accepted, A3 returned as unprocessable, A6
 *     rejected for missing information, A7 rejected for invalid information, A8 rejected for
 *     relational field in error
 * @param statusCode STC01-2 (claim status code, for example 20 accepted for processing, 562 entity
 *     identifier, 21 missing or invalid information)
 * @param entityCode STC01-3 (for example 85 billing provider, IL subscriber), may be null
 * @param payerClaimControlNumber REF*1K, present on accepted claims
 */
public record ClaimStatus(
    String patientControlNumber,
    String patientLastName,
    String patientFirstName,
    String memberId,
    String statusCategory,
    String statusCode,
    String entityCode,
    LocalDate statusDate,
    BigDecimal totalCharge,
    String payerClaimControlNumber,
    String message,
    LocalDate serviceFrom,
    LocalDate serviceTo) {

  @Override
  public String toString() {
    return "ClaimStatus[" + patientControlNumber + ", " + statusCategory + ":" + statusCode + "]";
  }

  public boolean accepted() {
    return "A1".equals(statusCategory) || "A2".equals(statusCategory);
  }
}
