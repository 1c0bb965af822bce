package com.infusionbilling.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim version as the API, the worklist and the dashboard show it (issue 16 item 4). No names or
 * member IDs: codes, amounts, control numbers and the payer's words about the claim.
 *
 * @param claimType {@code 837P} or {@code 837I}
 * @param edits the last scrub's edits, line numbers 1-based
 * @param remittances every 835 claim payment for the version (part 2b), CAS and RARCs with their
 *     plain-English texts
 * @param patientResponsibility what the patient owes after the payer's adjudication (PR group)
 * @param secondarySettlements for a primary claim, how the secondary payer's 835s settled the
 *     patient share that waited for it (paid, left to the patient, written off with its reasons)
 * @param payerResponsibility SBR01 of the payer the version is addressed to: P primary, S a
 *     secondary claim, which names the primary claim version it follows ({@code primaryClaimId})
 */
public record ClaimView(
    long claimId,
    int version,
    String frequencyCode,
    String payerResponsibility,
    Long primaryClaimId,
    String claimType,
    String status,
    String payerClaimControlNumber,
    BigDecimal totalCharge,
    BigDecimal totalExpectedAllowed,
    long episodeId,
    long visitId,
    String payerId,
    String siteOfCare,
    LocalDate dateOfService,
    LocalDate filingDeadline,
    String patientControlNumber,
    String authorizationNumber,
    List<String> diagnoses,
    int submissionAttempt,
    String interchangeControlNumber,
    Instant filedAt,
    Long processInstanceKey,
    List<Line> lines,
    List<EditView> edits,
    List<Acknowledgement> acknowledgements,
    List<com.infusionbilling.remittance.RemittanceView> remittances,
    List<com.infusionbilling.remittance.RemittanceView.PatientResponsibilityView>
        patientResponsibility,
    List<com.infusionbilling.remittance.RemittanceView.SettlementView> secondarySettlements,
    List<HistoryItem> history) {

  public record Line(
      int lineNumber,
      String lineControlNumber,
      String code,
      List<String> modifiers,
      int units,
      String ndc,
      BigDecimal ndcQuantity,
      String ndcUnit,
      BigDecimal charge,
      String chargeSource,
      BigDecimal expectedAllowed,
      String ruleId,
      String explanation,
      String revenueCode,
      List<Integer> diagnosisPointers,
      long lineId) {}

  public record EditView(String severity, String code, String message, Integer line) {}

  /** A 999 or 277CA outcome: {@code type} 999 or 277CA, the codes as sent, and what they mean. */
  public record Acknowledgement(
      String type,
      int attempt,
      boolean accepted,
      String codes,
      String explanation,
      String payerText,
      String payerClaimControlNumber,
      String file,
      Instant receivedAt) {}

  public record HistoryItem(
      Instant at, String event, String fromStatus, String toStatus, String detail, String actor) {}

  /** One line for lists (dashboard): no lines, edits or history. */
  public record Summary(
      long claimId,
      int version,
      String claimType,
      String status,
      long episodeId,
      String payerId,
      LocalDate dateOfService,
      LocalDate filingDeadline,
      BigDecimal totalCharge,
      Instant updatedAt) {}
}
