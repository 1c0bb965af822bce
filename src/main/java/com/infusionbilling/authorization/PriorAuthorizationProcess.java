package com.infusionbilling.authorization;

/** IDs that cross the border between {@code bpmn/PriorAuthorization.bpmn} and the Java code. */
public final class PriorAuthorizationProcess {
  public static final String PROCESS_ID = "PriorAuthorization";

  public static final String JOB_OPEN_AUTHORIZATION_REQUEST = "open-authorization-request";
  public static final String JOB_RECORD_AUTHORIZATION_NOT_REQUIRED =
      "record-authorization-not-required";
  public static final String JOB_RECORD_CLINICAL_DOCUMENTATION = "record-clinical-documentation";
  public static final String JOB_SEND_AUTHORIZATION_REQUEST = "send-authorization-request";
  public static final String JOB_RECORD_PORTAL_SUBMISSION = "record-portal-submission";
  public static final String JOB_NOTIFY_MANAGERS = "notify-managers-of-overdue-authorization";
  public static final String JOB_RECORD_PAYER_DECISION = "record-payer-decision";
  public static final String JOB_APPLY_PEER_TO_PEER_OUTCOME = "apply-peer-to-peer-outcome";

  /** OVERTURNED, UPHELD or NOT_HELD ("Record peer-to-peer outcome"). */
  public static final String VAR_PEER_TO_PEER_OUTCOME = "peerToPeerOutcome";

  /** The date the standing denial was decided; the PA appeal's deadline counts from it. */
  public static final String VAR_DENIAL_DECIDED_ON = "denialDecidedOn";

  /** The denied request was expedited: its appeal is too (Decision_AppealLevels input). */
  public static final String VAR_APPEAL_EXPEDITED = "appealExpedited";

  /**
   * "Record partial approval appeal": the reviewer appeals a partial approval (HCR01 A2/A6); the
   * appeal is a filing on the payer's appeal channel ({@code AppealCase}), never a new 278 for the
   * same service.
   */
  public static final String JOB_RECORD_PARTIAL_APPROVAL_APPEAL = "record-partial-approval-appeal";

  /** The date of the partial approval being appealed; its appeal's deadline counts from it. */
  public static final String VAR_PARTIAL_DECIDED_ON = "partialDecidedOn";

  /** "Appeal partial approval": the call activity of {@code AppealCase} (appealKind PA). */
  public static final String ELEMENT_APPEAL_PARTIAL_APPROVAL = "Task_AppealPartialApproval";

  /** "Appeal authorization denial": the call activity of {@code AppealCase} (appealKind PA). */
  public static final String ELEMENT_APPEAL_AUTHORIZATION_DENIAL = "Task_AppealAuthorizationDenial";

  public static final String JOB_RECORD_ADDITIONAL_INFORMATION = "record-additional-information";
  public static final String JOB_ESCALATE_PENDED_AUTHORIZATION = "escalate-pended-authorization";

  /** Rounds of additional information answered on the payer's reference (pended reviews). */
  public static final String VAR_INFORMATION_ROUNDS = "informationRounds";

  /** After this many rounds a pended review is escalated to managers (never closed by itself). */
  public static final int INFORMATION_ROUNDS_BEFORE_ESCALATION = 3;

  public static final String JOB_RECORD_AUTHORIZATION = "record-authorization";

  /** The payer decided (correlation key: the authorization request ID). */
  public static final String MESSAGE_DECISION_RECEIVED = "Message_AuthorizationDecisionReceived";

  public static final String DECISION_PA_REQUIREMENT = "Decision_PaRequirement";
  public static final String DECISION_DOCUMENTATION_CHECKLIST = "Decision_DocumentationChecklist";
  public static final String DECISION_SLA_TARGETS = "Decision_SlaTargets";

  public static final String VAR_AUTHORIZATION_REQUEST_ID = "authorizationRequestId";
  public static final String VAR_REQUEST_TYPE = "requestType";
  public static final String VAR_RENEWAL_OF = "renewalOfAuthorizationId";
  public static final String VAR_SUBMISSION_COUNT = "submissionCount";
  public static final String VAR_DECISION = "decision";

  /** The payer's kind (MEDICARE_ADVANTAGE, MEDICAID, ...), an input of Decision_SlaTargets. */
  public static final String VAR_PAYER_TYPE = "payerType";

  /** The requester asked for an expedited decision (documentation or clinical-response form). */
  public static final String VAR_EXPEDITED = "expedited";

  public static final String VAR_EXPEDITE_REASON = "expediteReason";

  /** From {@code TherapyEpisode}'s "Resolve site of care": ask for a site-of-care exception. */
  public static final String VAR_SITE_OF_CARE_EXCEPTION = "siteOfCareException";

  public static final String VAR_SITE_OF_CARE_EXCEPTION_REASON = "exceptionReason";

  /** The payer's reference for the review (278 REF*NT or the trace; portal or call reference). */
  public static final String VAR_PAYER_REFERENCE = "payerReference";

  public static final String VAR_AUTHORIZATION_ID = "authorizationId";
  public static final String VAR_AUTHORIZATION_STATUS = "authorizationStatus";

  private PriorAuthorizationProcess() {}
}
