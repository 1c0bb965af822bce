package com.infusionbilling.remittance;

/** IDs that cross the border between the posting part of {@code ClaimSubmission} and Java. */
public final class RemittanceProcess {
  public static final String JOB_POST_REMITTANCE = "post-remittance";
  public static final String JOB_RECORD_UNDERPAYMENT_REVIEW = "record-underpayment-review";

  public static final String DECISION_UNDERPAYMENT_TOLERANCE = "Decision_UnderpaymentTolerance";

  /** The stored 835 payment ({@code remittance.id}) the message brought. */
  public static final String VAR_REMITTANCE_ID = "remittanceId";

  /** PAID, PARTIALLY_PAID, DENIED or REVERSED (waiting for the corrected payment). */
  public static final String VAR_POSTING_OUTCOME = "postingOutcome";

  public static final String VAR_PAYER_ID = "payerId";
  public static final String VAR_PAYER_TYPE = "payerType";
  public static final String VAR_EXPECTED_ALLOWED = "expectedAllowed";
  public static final String VAR_PAYER_ALLOWED = "payerAllowed";
  public static final String VAR_SHORTFALL = "shortfall";
  public static final String VAR_SHORTFALL_PERCENT = "shortfallPercent";

  /** The decision's output: true when the shortfall is above the payer's tolerance. */
  public static final String VAR_UNDERPAID = "underpaid";

  /** Expected against paid per line, one line of text each ("Review underpayment"). */
  public static final String VAR_UNDERPAYMENT_LINES = "underpaymentLines";

  /** The decision's result (a context: {@code underpaid}, {@code toleranceRule}). */
  public static final String VAR_UNDERPAYMENT_CHECK = "underpaymentCheck";

  public static final String VAR_DENIALS_OPENED = "denialsOpened";
  public static final String VAR_PATIENT_RESPONSIBILITY = "patientResponsibility";

  /**
   * The episode has secondary coverage, the primary left the patient a share and did not cross the
   * claim over itself (MA18/N89): "Bill secondary payer" follows the posting.
   */
  public static final String VAR_SECONDARY_CLAIM_DUE = "secondaryClaimDue";

  /** A drug line was paid below what was expected: its write-off needs a manager. */
  public static final String VAR_UNDERPAID_DRUG_LINE = "underpaidDrugLine";

  /** "Approve write-off" of an underpayment (managers): APPROVED or REJECTED, and why. */
  public static final String TASK_APPROVE_WRITE_OFF = "Task_ApproveWriteOff";

  public static final String VAR_WRITE_OFF_DECISION = "writeOffDecision";
  public static final String VAR_WRITE_OFF_REASON = "writeOffReason";

  public static final String OUTCOME_PAID = "PAID";
  public static final String OUTCOME_PARTIALLY_PAID = "PARTIALLY_PAID";
  public static final String OUTCOME_DENIED = "DENIED";
  public static final String OUTCOME_REVERSED = "REVERSED";

  /** "Review underpayment": ACCEPT (close the claim), DISPUTE (payer asked), WRITE_OFF. */
  public static final String VAR_UNDERPAYMENT_DECISION = "underpaymentDecision";

  public static final String VAR_UNDERPAYMENT_NOTE = "underpaymentNote";
  public static final String VAR_PAYER_REFERENCE = "payerReference";

  private RemittanceProcess() {}
}
