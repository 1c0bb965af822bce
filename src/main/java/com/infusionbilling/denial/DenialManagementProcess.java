package com.infusionbilling.denial;

/** IDs that cross the border between {@code bpmn/DenialManagement.bpmn} and the Java code. */
public final class DenialManagementProcess {
  public static final String PROCESS_ID = "DenialManagement";
  public static final String DECISION_ROUTING = "Decision_DenialRouting";

  public static final String JOB_RECORD_DENIAL_ROUTING = "record-denial-routing";
  public static final String JOB_RECORD_DENIAL_WORK = "record-denial-work";
  public static final String JOB_CLOSE_DENIAL = "close-denial";
  public static final String JOB_REBILL_CLAIM = "rebill-claim";
  public static final String JOB_RECORD_RETRO_AUTHORIZATION = "record-retro-authorization";
  public static final String JOB_RECORD_WRITE_OFF = "record-write-off";

  public static final String TASK_WORK_DENIAL = "Task_WorkDenial";
  public static final String TASK_APPROVE_WRITE_OFF = "Task_ApproveWriteOff";

  public static final String VAR_DENIAL_ID = "denialId";
  public static final String VAR_CLAIM_ID = "claimId";

  /**
   * {@code claim-<id>-v<n>}: the overturned claim's next 835 ("Await payment") correlates by it.
   */
  public static final String VAR_CLAIM_KEY = "claimKey";

  public static final String VAR_EPISODE_ID = "episodeId";

  /**
   * What "Re-verify benefits" ({@code BenefitVerification}'s {@code Decision_Coverage}) reads
   * besides the 271: the claim's payer, site of care and drug (HCPCS).
   */
  public static final String VAR_PAYER_ID = "payerId";

  public static final String VAR_SITE_OF_CARE = "siteOfCare";
  public static final String VAR_HCPCS = "hcpcs";

  /**
   * The 835 that denied the claim: its {@code Message_ClaimRemittanceReceived} is still buffered
   * when "Await payment" opens, so "Paid after the denial?" waits again for a later one ({@code
   * remittanceId} greater than this).
   */
  public static final String VAR_DENIED_REMITTANCE_ID = "deniedRemittanceId";

  // Decision_DenialRouting's inputs (start variables; facts, no PHI)
  public static final String VAR_GROUP_CODE = "groupCode";
  public static final String VAR_CARC = "carc";
  public static final String VAR_RARCS = "rarcs";
  public static final String VAR_PAYER_TYPE = "payerType";
  public static final String VAR_CLAIM_TYPE = "claimType";
  public static final String VAR_LINE_KIND = "lineKind";
  public static final String VAR_AUTHORIZATION_ON_FILE = "authorizationOnFile";
  public static final String VAR_ABN_ON_FILE = "abnOnFile";
  public static final String VAR_JW_JZ_ON_LINE = "jwJzOnLine";
  public static final String VAR_DAYS_SINCE_SERVICE = "daysSinceService";
  public static final String VAR_DENIED_AMOUNT = "deniedAmount";

  /** The decision's result: {@code {action, workGroup, deadlineDays, deadlineFrom, rule}}. */
  public static final String VAR_ROUTING = "routing";

  // set by record-denial-routing: the route and the task's read-only context
  public static final String VAR_ROUTED_ACTION = "routedAction";
  public static final String VAR_WORK_GROUP = "workGroup";
  public static final String VAR_WORK_DEADLINE = "workDeadline";
  public static final String VAR_WORK_DUE_AT = "workDueAt";
  public static final String VAR_ROUTING_RULE = "routingRule";
  public static final String VAR_DENIAL_CODES = "denialCodes";
  public static final String VAR_DENIAL_EXPLANATION = "denialExplanation";
  public static final String VAR_EXPECTED_ALLOWED = "expectedAllowed";
  public static final String VAR_PAID = "paid";

  // "Work denial" fills these
  public static final String VAR_DENIAL_ACTION = "denialAction";
  public static final String VAR_OVERRIDE_REASON = "overrideReason";
  public static final String VAR_WORK_NOTE = "workNote";

  public static final String VAR_REOPENING_REFERENCE = "reopeningReference";

  // "Request retro authorization"
  public static final String VAR_RETRO_AUTHORIZATION_OUTCOME = "retroAuthorizationOutcome";
  public static final String VAR_RETRO_AUTHORIZATION_NUMBER = "retroAuthorizationNumber";

  // rebill-claim
  public static final String VAR_REBILLED_CLAIM_ID = "rebilledClaimId";
  public static final String VAR_REBILLED_CLAIM_VERSION = "rebilledClaimVersion";

  // "Approve write-off" and record-write-off
  public static final String VAR_WRITE_OFF_DECISION = "writeOffDecision";
  public static final String VAR_WRITE_OFF_REASON = "writeOffReason";
  public static final String VAR_WRITE_OFF_ID = "writeOffId";

  private DenialManagementProcess() {}
}
