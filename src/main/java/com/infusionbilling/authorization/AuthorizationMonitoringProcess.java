package com.infusionbilling.authorization;

/** IDs that cross the border between {@code bpmn/AuthorizationMonitoring.bpmn} and Java. */
public final class AuthorizationMonitoringProcess {
  public static final String PROCESS_ID = "AuthorizationMonitoring";

  /** The renewal's first user task: a renewal is in progress while it is open. */
  public static final String TASK_ATTACH_CLINICAL_RESPONSE = "Task_AttachClinicalResponse";

  public static final String JOB_START_MONITORING = "start-authorization-monitoring";
  public static final String JOB_PLAN_RENEWAL = "plan-authorization-renewal";
  public static final String JOB_FLAG_LAPSED = "flag-lapsed-authorization";

  /** Starts one monitoring instance per approved authorization (correlation key: its ID). */
  public static final String MESSAGE_AUTHORIZATION_APPROVED = "Message_AuthorizationApproved";

  /** Remaining units no longer cover the doses scheduled before the end date (key: auth ID). */
  public static final String MESSAGE_UNITS_LOW = "Message_AuthorizationUnitsLow";

  public static final String VAR_RENEWAL_DUE_AT = "renewalDueAt";
  public static final String VAR_AUTHORIZATION_ENDS_AT = "authorizationEndsAt";

  private AuthorizationMonitoringProcess() {}
}
