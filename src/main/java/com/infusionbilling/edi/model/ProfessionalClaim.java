package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 837P claim (loop 2300 with its billing provider, subscriber and payer context).
 *
 * @param patientControlNumber CLM01, at most 38 characters; echoed by the 277CA (TRN02) and the 835
 *     (CLP01)
 * @param claimFilingIndicator SBR09, for example MB (Medicare Part B), CI (commercial), MC
 *     (Medicaid)
 * @param payerResponsibility SBR01: P primary, S secondary, T tertiary
 * @param placeOfService CLM05-1, for example 11 office, 19/22 outpatient hospital, 12 home
 * @param frequencyCode CLM05-3: 1 original, 7 replacement, 8 void
 * @param originalPayerClaimNumber REF*F8, required with frequency 7 or 8
 * @param priorAuthorizationNumber REF*G1
 * @param diagnosisCodes ICD-10-CM codes without the period; the first is principal (ABK), up to 12
 * @param otherPayers loop 2320: the other payers of a claim sent to the secondary (SBR01 S) with
 *     the primary's adjudication; empty (or null) for a claim to the primary
 */
public record ProfessionalClaim(
    String patientControlNumber,
    Party billingProvider,
    Member subscriber,
    Party payer,
    String claimFilingIndicator,
    String payerResponsibility,
    String placeOfService,
    String frequencyCode,
    String originalPayerClaimNumber,
    String priorAuthorizationNumber,
    List<String> diagnosisCodes,
    Party renderingProvider,
    Party serviceFacility,
    List<ProfessionalServiceLine> lines,
    List<OtherPayer> otherPayers)
    implements X12Message {

  public ProfessionalClaim {
    otherPayers = otherPayers == null ? List.of() : List.copyOf(otherPayers);
    if (otherPayers.size() > 10) {
      throw new IllegalArgumentException("an 837P claim has at most 10 other payers (2320)");
    }
    diagnosisCodes = diagnosisCodes.stream().map(d -> d.replace(".", "")).toList();
    lines = List.copyOf(lines);
    payerResponsibility = payerResponsibility == null ? "P" : payerResponsibility;
    frequencyCode = frequencyCode == null ? "1" : frequencyCode;
    if (diagnosisCodes.isEmpty() || diagnosisCodes.size() > 12) {
      throw new IllegalArgumentException("a claim has 1 to 12 diagnosis codes");
    }
    if (lines.isEmpty() || lines.size() > 50) {
      throw new IllegalArgumentException("an 837P claim has 1 to 50 service lines");
    }
  }

  /** CLM02: the sum of the line charges. */
  public BigDecimal totalCharge() {
    return lines.stream()
        .map(ProfessionalServiceLine::charge)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public String correlationId() {
    return patientControlNumber;
  }
}
