package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 837I claim (loop 2300) for hospital-outpatient infusion.
 *
 * @param facilityTypeCode CLM05-1, the first two digits of the bill type, for example 13 hospital
 *     outpatient
 * @param frequencyCode CLM05-3, the third digit of the bill type: 1 original, 7 replacement, 8 void
 * @param statementFrom DTP*434 statement period start
 * @param admissionTypeCode CL101 (situational), {@code admissionSourceCode} CL102, {@code
 *     patientStatusCode} CL103 (01 discharged home)
 * @param diagnosisCodes ICD-10-CM codes; the first is principal (ABK), the others ABF (up to 24)
 * @param attendingProvider loop 2310A NM1*71
 * @param otherPayers loop 2320: the other payers of a claim sent to the secondary (SBR01 S) with
 *     the primary's adjudication; empty (or null) for a claim to the primary
 */
public record InstitutionalClaim(
    String patientControlNumber,
    Party billingProvider,
    Member subscriber,
    Party payer,
    String claimFilingIndicator,
    String payerResponsibility,
    String facilityTypeCode,
    String frequencyCode,
    String originalPayerClaimNumber,
    LocalDate statementFrom,
    LocalDate statementTo,
    String admissionTypeCode,
    String admissionSourceCode,
    String patientStatusCode,
    String priorAuthorizationNumber,
    List<String> diagnosisCodes,
    Party attendingProvider,
    List<InstitutionalServiceLine> lines,
    List<OtherPayer> otherPayers)
    implements X12Message {

  /** A claim to the primary payer (no 2320). */
  public InstitutionalClaim(
      String patientControlNumber,
      Party billingProvider,
      Member subscriber,
      Party payer,
      String claimFilingIndicator,
      String payerResponsibility,
      String facilityTypeCode,
      String frequencyCode,
      String originalPayerClaimNumber,
      LocalDate statementFrom,
      LocalDate statementTo,
      String admissionTypeCode,
      String admissionSourceCode,
      String patientStatusCode,
      String priorAuthorizationNumber,
      List<String> diagnosisCodes,
      Party attendingProvider,
      List<InstitutionalServiceLine> lines) {
    this(
        patientControlNumber,
        billingProvider,
        subscriber,
        payer,
        claimFilingIndicator,
        payerResponsibility,
        facilityTypeCode,
        frequencyCode,
        originalPayerClaimNumber,
        statementFrom,
        statementTo,
        admissionTypeCode,
        admissionSourceCode,
        patientStatusCode,
        priorAuthorizationNumber,
        diagnosisCodes,
        attendingProvider,
        lines,
        null);
  }

  public InstitutionalClaim {
    otherPayers = otherPayers == null ? List.of() : List.copyOf(otherPayers);
    if (otherPayers.size() > 10) {
      throw new IllegalArgumentException("an 837I claim has at most 10 other payers (2320)");
    }
    diagnosisCodes = diagnosisCodes.stream().map(d -> d.replace(".", "")).toList();
    lines = List.copyOf(lines);
    payerResponsibility = payerResponsibility == null ? "P" : payerResponsibility;
    frequencyCode = frequencyCode == null ? "1" : frequencyCode;
    patientStatusCode = patientStatusCode == null ? "01" : patientStatusCode;
    if (diagnosisCodes.isEmpty() || diagnosisCodes.size() > 25) {
      throw new IllegalArgumentException("a claim has 1 to 25 diagnosis codes");
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an 837I claim has at least one service line");
    }
  }

  /** CLM02: the sum of the line charges. */
  public BigDecimal totalCharge() {
    return lines.stream()
        .map(InstitutionalServiceLine::charge)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The bill type, for example 131. */
  public String billType() {
    return facilityTypeCode + frequencyCode;
  }

  @Override
  public String correlationId() {
    return patientControlNumber;
  }
}
