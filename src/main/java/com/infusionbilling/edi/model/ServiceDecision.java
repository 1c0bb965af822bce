package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payer's decision on one requested service (2000F HCR, HSD and DTP*472 of a 278 response).
 * {@code approvedUnits} is HSD02 with HSD01 = UN (null when none were approved). At this level a
 * service approved for less than asked is A6 (modified); A2 (certified partial) is a patient-event
 * (2000E) code only.
 *
 * @param revenueCode SV201 echoed for institutional services (SV2), null for SV1
 */
public record ServiceDecision(
    String procedureCode,
    AuthorizationDecision decision,
    String certificationNumber,
    String reasonCode,
    BigDecimal requestedUnits,
    BigDecimal approvedUnits,
    LocalDate from,
    LocalDate to,
    String revenueCode) {

  public ServiceDecision(
      String procedureCode,
      AuthorizationDecision decision,
      String certificationNumber,
      String reasonCode,
      BigDecimal requestedUnits,
      BigDecimal approvedUnits,
      LocalDate from,
      LocalDate to) {
    this(
        procedureCode,
        decision,
        certificationNumber,
        reasonCode,
        requestedUnits,
        approvedUnits,
        from,
        to,
        null);
  }
}
