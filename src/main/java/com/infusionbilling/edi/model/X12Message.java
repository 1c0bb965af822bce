package com.infusionbilling.edi.model;

/**
 * A typed X12 message: what a reader delivers and what a writer accepts. Each carries the
 * identifier that correlates it with the exchange it belongs to ({@link #correlationId()}): the 270
 * or 278 trace number (TRN02), the 837 patient control number (CLM01), the acknowledged group
 * control number for a 999, or the 835 payment trace number (TRN02).
 */
public sealed interface X12Message
    permits EligibilityInquiry,
        EligibilityResponse,
        AuthorizationRequest,
        AuthorizationResponse,
        ProfessionalClaim,
        InstitutionalClaim,
        FunctionalAck,
        ClaimAck,
        Remittance {

  String correlationId();
}
