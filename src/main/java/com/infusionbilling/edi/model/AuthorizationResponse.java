package com.infusionbilling.edi.model;

import java.util.List;

/**
 * A 278 response for one patient event: the overall decision (2000E HCR), the certification
 * (authorization) number, and per-service decisions.
 *
 * @param traceNumber the TRN*2 echo of the request's trace number
 * @param reasonCode HCR03, for example 0U additional information, 35 out of network, ...
 * @param echo what the response returns of its request: BHT03, the requester's TRN03 and the 2000E
 *     UM (null when unknown: the writer then uses its own values)
 * @param administrativeReference REF*NT of 2000E: the payer's reference for a review that is not
 *     final (pended) or needs no action, to quote when answering on the same review
 */
public record AuthorizationResponse(
    String traceNumber,
    Party payer,
    Party requester,
    Member subscriber,
    AuthorizationDecision decision,
    String certificationNumber,
    String reasonCode,
    List<ServiceDecision> services,
    RequestEcho echo,
    String administrativeReference)
    implements X12Message {

  /**
   * The parts of the request a response returns (005010X217): BHT03 (the submitter transaction
   * identifier), TRN03 (the requester's identifier, with TRN02 = {@code traceNumber}) and the
   * patient event's UM02-UM04.
   */
  public record RequestEcho(
      String submitterReference,
      String traceOriginator,
      String certificationType,
      String serviceTypeCode,
      String placeOfService,
      String facilityTypeCode) {

    /** The echo of a request as the payer read it. */
    public static RequestEcho of(AuthorizationRequest r) {
      return new RequestEcho(
          r.submitterReference(),
          r.traceOriginator(),
          r.certificationType(),
          r.serviceTypeCode(),
          r.placeOfService(),
          r.facilityTypeCode());
    }
  }

  public AuthorizationResponse {
    services = services == null ? List.of() : List.copyOf(services);
  }

  public AuthorizationResponse(
      String traceNumber,
      Party payer,
      Party requester,
      Member subscriber,
      AuthorizationDecision decision,
      String certificationNumber,
      String reasonCode,
      List<ServiceDecision> services) {
    this(
        traceNumber,
        payer,
        requester,
        subscriber,
        decision,
        certificationNumber,
        reasonCode,
        services,
        null,
        null);
  }

  /** BHT06: 19 "further updates to follow" for a pended review, else 18 "no further updates". */
  public String transactionTypeCode() {
    return decision == AuthorizationDecision.PENDED ? "19" : "18";
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}
