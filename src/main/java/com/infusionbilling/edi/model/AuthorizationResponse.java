package com.infusionbilling.edi.model;

import java.util.List;

/**
 * A 278 response for one patient event: the overall decision (2000E HCR), the certification
 * (authorization) number, and per-service decisions.
 *
 * @param traceNumber the TRN*2 echo of the request's trace number
 * @param reasonCode HCR03, for example 0U additional information, 35 out of network, ...
 */
public record AuthorizationResponse(
    String traceNumber,
    Party payer,
    Party requester,
    Member subscriber,
    AuthorizationDecision decision,
    String certificationNumber,
    String reasonCode,
    List<ServiceDecision> services)
    implements X12Message {

  public AuthorizationResponse {
    services = services == null ? List.of() : List.copyOf(services);
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}
