package com.infusionbilling.edi.model;

import java.util.List;

/**
 * A 278 request for one patient event (loop 2000E) with its services (2000F).
 *
 * @param traceNumber TRN02 of 2000E, echoed by the response
 * @param certificationType UM02: I initial, R renewal, S revised, E extension
 * @param serviceTypeCode UM03, for example 1 medical care
 * @param placeOfService UM04-1 (with UM04-2 = B)
 * @param diagnosisCodes HI in 2000E; the first is principal (ABK)
 * @param servicingProvider loop 2010EA NM1*SJ (optional)
 */
public record AuthorizationRequest(
    String traceNumber,
    String certificationType,
    String serviceTypeCode,
    String placeOfService,
    Party payer,
    Party requester,
    Member subscriber,
    List<String> diagnosisCodes,
    Party servicingProvider,
    List<RequestedService> services)
    implements X12Message {

  public AuthorizationRequest {
    diagnosisCodes =
        diagnosisCodes == null
            ? List.of()
            : diagnosisCodes.stream().map(d -> d.replace(".", "")).toList();
    services = List.copyOf(services);
    certificationType = certificationType == null ? "I" : certificationType;
    serviceTypeCode = serviceTypeCode == null ? "1" : serviceTypeCode;
    if (services.isEmpty()) {
      throw new IllegalArgumentException("a 278 request names at least one service");
    }
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}
