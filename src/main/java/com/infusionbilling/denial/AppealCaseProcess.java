package com.infusionbilling.denial;

/** IDs that cross the border between {@code bpmn/AppealCase.bpmn} and the Java code. */
public final class AppealCaseProcess {
  public static final String PROCESS_ID = "AppealCase";
  public static final String DECISION_LEVELS = "Decision_AppealLevels";

  /** The payer's decision on an appeal level; correlation key {@link Appeal#appealKey()}. */
  public static final String MESSAGE_APPEAL_DECISION = "AppealDecision";

  public static final String JOB_OPEN_APPEAL = "open-appeal";
  public static final String JOB_GENERATE_APPEAL_LETTER = "generate-appeal-letter";
  public static final String JOB_ESCALATE_APPEAL_DEADLINE = "escalate-appeal-deadline";
  public static final String JOB_RECORD_APPEAL_SUBMISSION = "record-appeal-submission";

  /** A level the payer forwards itself (Medicare Advantage IRE, 42 CFR 422.592(a)). */
  public static final String JOB_RECORD_APPEAL_FORWARDING = "record-appeal-forwarding";

  public static final String JOB_RECORD_APPEAL_DECISION = "record-appeal-decision";
  public static final String JOB_RECORD_MISSED_APPEAL_DEADLINE = "record-missed-appeal-deadline";

  // inputs (from DenialManagement, or PriorAuthorization for a PA appeal)
  public static final String VAR_APPEAL_KIND = "appealKind";
  public static final String VAR_APPEAL_LEVEL = "appealLevel";
  public static final String VAR_AMOUNT_IN_CONTROVERSY = "amountInControversy";
  public static final String VAR_DECISION_DATE = "decisionDate";
  public static final String VAR_AUTHORIZATION_REQUEST_ID = "authorizationRequestId";

  /** Decision_AppealLevels' result. */
  public static final String VAR_LEVEL_RULE = "appealLevelRule";

  // open-appeal
  public static final String VAR_APPEAL_ID = "appealId";
  public static final String VAR_APPEAL_KEY = "appealKey";
  public static final String VAR_APPEAL_LEVEL_NAME = "appealLevelName";
  public static final String VAR_APPEAL_DEADLINE = "appealDeadline";
  public static final String VAR_APPEAL_BASIS = "appealBasis";
  public static final String VAR_APPEAL_DUE_AT = "appealDueAt";
  public static final String VAR_ESCALATE_AT_14 = "escalateAt14";
  public static final String VAR_ESCALATE_AT_3 = "escalateAt3";
  public static final String VAR_DEADLINE_AT = "deadlineAt";

  // generate-appeal-letter
  public static final String VAR_LETTER_URL = "appealLetterUrl";

  // "Review and submit appeal"
  public static final String VAR_POLICY_REFERENCE = "policyReference";
  public static final String VAR_ATTACHMENTS = "attachments";
  public static final String VAR_CHANNEL = "appealChannel";
  public static final String VAR_SUBMITTED_ON = "submittedOn";
  public static final String VAR_TRACKING_NUMBER = "trackingNumber";

  // record-appeal-submission
  public static final String VAR_DECISION_FOLLOW_UP_AT = "decisionFollowUpAt";

  // the payer's decision (message or "Follow up appeal decision")
  public static final String VAR_OUTCOME = "appealOutcome";
  public static final String VAR_OUTCOME_NOTE = "appealDecisionNote";

  private AppealCaseProcess() {}
}
