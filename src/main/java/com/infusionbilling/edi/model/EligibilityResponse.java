package com.infusionbilling.edi.model;

import java.util.List;

/** A 271 response for one subscriber. {@code traceNumber} is the TRN*2 echo of the 270's trace. */
public record EligibilityResponse(
    String traceNumber,
    Party payer,
    Party provider,
    Member subscriber,
    List<RequestRejection> rejections,
    List<Benefit> benefits)
    implements X12Message {

  public EligibilityResponse {
    rejections = rejections == null ? List.of() : List.copyOf(rejections);
    benefits = benefits == null ? List.of() : List.copyOf(benefits);
  }

  /** True when an EB*1 (active coverage) is present and no EB*6 (inactive) or rejection. */
  public boolean coverageActive() {
    return rejections.isEmpty()
        && benefits.stream().anyMatch(b -> "1".equals(b.informationCode()))
        && benefits.stream().noneMatch(b -> "6".equals(b.informationCode()));
  }

  /**
   * True when the procedure is not covered under the medical benefit (EB*I for it) but pharmacy
   * coverage (service type 88) is active: a pharmacy-benefit drug, not buy-and-bill.
   */
  public boolean pharmacyBenefit(String procedureCode) {
    boolean medicalNonCovered =
        benefits.stream()
            .anyMatch(
                b -> "I".equals(b.informationCode()) && procedureCode.equals(b.procedureCode()));
    boolean pharmacyActive =
        benefits.stream()
            .anyMatch(b -> "1".equals(b.informationCode()) && b.serviceTypeCodes().contains("88"));
    return medicalNonCovered && pharmacyActive;
  }

  /** True when an EB for the procedure (or service type 1) says authorization is required. */
  public boolean priorAuthorizationRequired(String procedureCode) {
    return benefits.stream()
        .anyMatch(
            b ->
                "Y".equals(b.authorizationRequired())
                    && (procedureCode.equals(b.procedureCode())
                        || (b.procedureCode() == null && b.serviceTypeCodes().contains("1"))));
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}
