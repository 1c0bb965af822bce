package com.infusionbilling.edi.model;

import java.util.List;

/**
 * A 278 request for one patient event (loop 2000E) with its services (2000F).
 *
 * @param traceNumber TRN02 of 2000E, echoed by the response
 * @param certificationType UM02: I initial, R renewal, S revised, E extension
 * @param serviceTypeCode UM03, for example 1 medical care
 * @param placeOfService UM04-1 with UM04-2 = B (professional services); null when {@code
 *     facilityTypeCode} is given
 * @param diagnosisCodes HI in 2000E; the first is principal (ABK)
 * @param servicingProvider loop 2010EA NM1*SJ (optional)
 * @param facilityTypeCode UM04-1 with UM04-2 = A (institutional services: the NUBC facility type,
 *     13 hospital outpatient); the services then carry a revenue code (SV2)
 * @param levelOfService UM06: U urgent for an expedited request, null for routine (the guide's
 *     situational rule: not reported when the level of service is routine; X12 RFI 2642)
 * @param submitterReference BHT03 as read (null when writing: the writer assigns it)
 * @param traceOriginator TRN03 as read: the requester's identifier (null when writing: ours)
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
    List<RequestedService> services,
    String facilityTypeCode,
    String levelOfService,
    String submitterReference,
    String traceOriginator)
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
    if (facilityTypeCode != null && placeOfService != null) {
      throw new IllegalArgumentException(
          "UM04 is either a facility type (institutional) or a place of service (professional)");
    }
  }

  /** A professional request (UM04 place of service, SV1 services), routine. */
  public AuthorizationRequest(
      String traceNumber,
      String certificationType,
      String serviceTypeCode,
      String placeOfService,
      Party payer,
      Party requester,
      Member subscriber,
      List<String> diagnosisCodes,
      Party servicingProvider,
      List<RequestedService> services) {
    this(
        traceNumber,
        certificationType,
        serviceTypeCode,
        placeOfService,
        payer,
        requester,
        subscriber,
        diagnosisCodes,
        servicingProvider,
        services,
        null,
        null,
        null,
        null);
  }

  /** Institutional services (UM04 qualifier A, SV2 with a revenue code). */
  public boolean institutional() {
    return facilityTypeCode != null;
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}
