package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payer's decision on one requested service (2000F HCR, HSD and DTP*472 of a 278 response).
 * {@code approvedUnits} is HSD02 with HSD01 = UN (null when none were approved).
 */
public record ServiceDecision(
    String procedureCode,
    AuthorizationDecision decision,
    String certificationNumber,
    String reasonCode,
    BigDecimal requestedUnits,
    BigDecimal approvedUnits,
    LocalDate from,
    LocalDate to) {}
