package com.infusionbilling.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payer's adjudication of one claim (one CLP of an 835) as the API, tasks and letters show it:
 * the payment it came with, the claim- and line-level CAS with their CARC texts, the RARCs with
 * theirs, and how it was posted. No names or member IDs.
 *
 * @param remittanceDate the 835's date (BPR16, the payment or notice date)
 * @param statusCode CLP02 (1 primary, 2 secondary, 4 denied, 22 reversal, ...) and {@code status}
 *     its meaning
 */
public record RemittanceView(
    long remittanceClaimId,
    long remittanceId,
    String traceNumber,
    String payerId,
    String payerName,
    LocalDate remittanceDate,
    String paymentMethod,
    Long claimId,
    String statusCode,
    String status,
    BigDecimal charge,
    BigDecimal paid,
    BigDecimal patientResponsibility,
    String payerClaimControlNumber,
    String postingOutcome,
    Instant postedAt,
    List<AdjustmentView> adjustments,
    List<RemarkView> remarks,
    List<LineView> lines) {

  /** One CAS adjustment: {@code code} as people write it (CO-45) and its plain-English text. */
  public record AdjustmentView(
      String groupCode,
      String carc,
      String code,
      BigDecimal amount,
      BigDecimal quantity,
      String text,
      String groupText) {}

  /** One RARC and its plain-English text. */
  public record RemarkView(String rarc, String text) {}

  /** One SVC: paid against the billing engine's expected allowed amount for our claim line. */
  public record LineView(
      long remittanceLineId,
      int sequenceNumber,
      Long claimLineId,
      String lineItemControlNumber,
      String procedureCode,
      List<String> modifiers,
      BigDecimal units,
      LocalDate serviceDate,
      BigDecimal charge,
      BigDecimal allowed,
      BigDecimal expectedAllowed,
      BigDecimal paid,
      List<AdjustmentView> adjustments,
      List<RemarkView> remarks) {}

  /** What the patient owes from one PR adjustment, and where it stands. */
  public record PatientResponsibilityView(
      long id,
      long claimId,
      long remittanceClaimId,
      Long remittanceLineId,
      String carc,
      String text,
      BigDecimal amount,
      String status) {}

  /**
   * How one claim payment of the secondary payer settled the patient share the primary claim left
   * waiting for it: share = paid + patient balance + written off; {@code overpaid} is a credit.
   */
  public record SettlementView(
      long id,
      long primaryClaimId,
      long secondaryClaimId,
      long remittanceClaimId,
      String outcome,
      BigDecimal patientShare,
      BigDecimal secondaryPaid,
      BigDecimal patientBalance,
      BigDecimal writtenOff,
      String writeOffReason,
      BigDecimal overpaid) {}

  /** CLP02 in words. */
  static String status(String clp02) {
    return switch (clp02 == null ? "" : clp02) {
      case "1" -> "processed as primary";
      case "2" -> "processed as secondary";
      case "3" -> "processed as tertiary";
      case "4" -> "denied";
      case "19" -> "processed as primary, forwarded to additional payer(s)";
      case "20" -> "processed as secondary, forwarded to additional payer(s)";
      case "21" -> "processed as tertiary, forwarded to additional payer(s)";
      case "22" -> "reversal of a previous payment";
      case "23" -> "not our claim, forwarded to additional payer(s)";
      case "25" -> "predetermination pricing only, no payment";
      default -> "CLP02 " + clp02;
    };
  }
}
