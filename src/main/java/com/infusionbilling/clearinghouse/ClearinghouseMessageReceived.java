package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.X12Envelope;
import com.infusionbilling.edi.model.X12Message;

/**
 * A message from the clearinghouse: a 271 {@code EligibilityResponse} (correlate by the 270 trace
 * number, {@code traceNumber}), a 278 {@code AuthorizationResponse} (the 278 request's trace
 * number), a 999 {@code FunctionalAck} (our GS06), a 277CA {@code ClaimAck} (each {@code
 * ClaimStatus.patientControlNumber} is our CLM01) or an 835 {@code Remittance} (each {@code
 * ClaimPayment.patientControlNumber} is our CLM01). Published synchronously while the file is
 * processed; a listener that throws leaves the file in the inbound folder for the next poll.
 */
public record ClearinghouseMessageReceived(
    String fileName, X12Envelope envelope, X12Message message) {}
