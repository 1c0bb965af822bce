package com.infusionbilling.claim;

/** IDs that cross the border between {@code bpmn/ClaimSubmission.bpmn} and the Java code. */
public final class ClaimSubmissionProcess {
  public static final String PROCESS_ID = "ClaimSubmission";

  /**
   * Starts one instance per claim version (message id and correlation key {@link ClaimRef#key}).
   */
  public static final String MESSAGE_CLAIM_READY = "Message_ClaimReady";

  /** The 999 for a submission attempt arrived (correlation key {@link #attemptKey}). */
  public static final String MESSAGE_FUNCTIONAL_ACK = "Message_ClaimFunctionalAckReceived";

  /** The 277CA for a submission attempt arrived (correlation key {@link #attemptKey}). */
  public static final String MESSAGE_CLAIM_ACK = "Message_ClaimAckReceived";

  /** The 835 for the claim version arrived (part 2b; correlation key {@link ClaimRef#key}). */
  public static final String MESSAGE_REMITTANCE = "Message_ClaimRemittanceReceived";

  public static final String JOB_SCRUB_CLAIM = "scrub-claim";
  public static final String JOB_SUBMIT_CLAIM = "submit-claim";
  public static final String JOB_APPLY_CLAIM_CORRECTION = "apply-claim-correction";
  public static final String JOB_RECORD_CLEARINGHOUSE_CHECK = "record-clearinghouse-check";
  public static final String JOB_RECORD_CLAIM_STATUS_CHECK = "record-claim-status-check";
  public static final String JOB_NOTIFY_MANAGERS_OF_FILING_DEADLINE =
      "notify-managers-of-filing-deadline";

  /** After the primary's posting: the claim to the secondary payer (coordination of benefits). */
  public static final String JOB_BILL_SECONDARY_PAYER = "bill-secondary-payer";

  public static final String VAR_SECONDARY_CLAIM_ID = "secondaryClaimId";
  public static final String VAR_SECONDARY_CLAIM_VERSION = "secondaryClaimVersion";

  public static final String ERROR_CLAIM_NOT_SENDABLE = "CLAIM_NOT_SENDABLE";

  /** "Correct claim" asked for something the claim cannot take (a line it does not have, ...). */
  public static final String ERROR_CORRECTION_INVALID = "CLAIM_CORRECTION_INVALID";

  public static final String VAR_CLAIM_ID = "claimId";
  public static final String VAR_CLAIM_VERSION = "claimVersion";
  public static final String VAR_EPISODE_ID = "episodeId";
  public static final String VAR_VISIT_ID = "visitId";

  /** {@code claim-<claimId>-v<version>}: the remittance's correlation key. */
  public static final String VAR_CLAIM_KEY = "claimKey";

  public static final String VAR_FILING_DEADLINE = "filingDeadline";
  public static final String VAR_SUBMISSION_ATTEMPT = "submissionAttempt";
  public static final String VAR_ATTEMPT_KEY = "attemptKey";
  public static final String VAR_FILING_WARNING_AT = "filingWarningAt";
  public static final String VAR_REMITTANCE_WAIT = "remittanceWait";
  public static final String VAR_SCRUB_PASSED = "scrubPassed";
  public static final String VAR_FUNCTIONAL_ACK_STATUS = "functionalAckStatus";
  public static final String VAR_CLAIM_ACK_STATUS = "claimAckStatus";
  public static final String VAR_CORRECTION_REASON = "correctionReason";
  public static final String VAR_CHECK_OUTCOME = "clearinghouseCheckOutcome";
  public static final String VAR_STATUS_CHECK_OUTCOME = "claimStatusCheckOutcome";

  public static final String ACK_PENDING = "PENDING";
  public static final String ACK_ACCEPTED = "ACCEPTED";
  public static final String ACK_REJECTED = "REJECTED";

  /** The correlation key of one submission attempt's 999 and 277CA. */
  public static String attemptKey(long claimId, int version, int attempt) {
    return "claim-" + claimId + "-v" + version + "-a" + attempt;
  }

  private ClaimSubmissionProcess() {}
}
