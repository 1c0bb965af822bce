package com.infusionbilling.visit;

/** IDs that cross the border between {@code bpmn/InfusionVisit.bpmn} and the Java code. */
public final class InfusionVisitProcess {
  public static final String PROCESS_ID = "InfusionVisit";

  /** Starts one instance per visit (correlation key and message ID: the visit ID). */
  public static final String MESSAGE_VISIT_SCHEDULED = "Message_InfusionVisitScheduled";

  /** In {@code TherapyEpisode}: publishes {@link #MESSAGE_VISIT_SCHEDULED} for a visit. */
  public static final String JOB_START_INFUSION_VISIT = "start-infusion-visit";

  public static final String JOB_CHECK_VISIT_READINESS = "check-visit-readiness";
  public static final String JOB_RECORD_VISIT_READINESS = "record-visit-readiness";
  public static final String JOB_APPLY_READINESS_RESOLUTION = "apply-visit-readiness-resolution";
  public static final String JOB_NOTIFY_VISIT_OVERDUE = "notify-visit-task-overdue";
  public static final String JOB_RECORD_ADMINISTRATION = "record-administration";
  public static final String JOB_RECORD_ABN = "record-abn";
  public static final String JOB_CODE_ENCOUNTER = "code-encounter";
  public static final String JOB_CONSUME_AUTHORIZATION_UNITS = "consume-authorization-units";
  public static final String JOB_RECORD_DISPENSE = "record-dispense";
  public static final String JOB_RECORD_SELF_PAY_BALANCE = "record-self-pay-balance";
  public static final String JOB_CREATE_CLAIM = "create-claim";
  public static final String JOB_START_CLAIM_SUBMISSION = "start-claim-submission";

  public static final String DECISION_VISIT_READINESS = "Decision_VisitReadiness";

  public static final String ELEMENT_DOCUMENT_ADMINISTRATION = "Task_DocumentAdministration";
  public static final String ELEMENT_RESOLVE_VISIT_READINESS = "Task_ResolveVisitReadiness";
  public static final String ELEMENT_RESOLVE_CODING_EDITS = "Task_ResolveCodingEdits";
  public static final String ELEMENT_OBTAIN_ABN = "Task_ObtainAbn";

  public static final String FORM_DOCUMENT_ADMINISTRATION = "document-administration";

  /** BPMN error: the documentation fails a check the form could not make (sent back). */
  public static final String ERROR_DOCUMENTATION_INVALID = "DOCUMENTATION_INVALID";

  public static final String VAR_VISIT_ID = "visitId";
  public static final String VAR_EPISODE_ID = "episodeId";
  public static final String VAR_PAYER_ID = "payerId";
  public static final String VAR_HCPCS = "hcpcs";
  public static final String VAR_SITE_OF_CARE = "siteOfCare";
  public static final String VAR_DRUG_SOURCE = "drugSource";
  public static final String VAR_SCHEDULED_START = "scheduledStart";
  public static final String VAR_SERVICE_DATE = "serviceDate";
  public static final String VAR_CLAIM_TYPE = "claimType";
  public static final String VAR_FIRST_READINESS_CHECK_AT = "firstReadinessCheckAt";
  public static final String VAR_VISIT_DAY_CHECK_AT = "visitDayCheckAt";
  public static final String VAR_READINESS_ESCALATION_AT = "readinessEscalationAt";
  public static final String VAR_READINESS_CHECK = "readinessCheck";
  public static final String VAR_READINESS = "readiness";
  public static final String VAR_READINESS_RESOLUTION = "readinessResolution";
  public static final String VAR_NEW_SCHEDULED_START = "newScheduledStart";
  public static final String VAR_BILL_DRUG = "billDrug";
  public static final String VAR_DOCUMENTATION_VERSION = "documentationVersion";
  public static final String VAR_DOCUMENTATION_PROBLEM = "documentationProblem";
  public static final String VAR_CODING_CLEAN = "codingClean";
  public static final String VAR_CODING_EDITS = "codingEdits";
  public static final String VAR_CODED_LINES = "codedLines";
  public static final String VAR_CLAIM_ID = "claimId";
  public static final String VAR_CLAIM_VERSION = "claimVersion";
  public static final String VAR_ESCALATION = "escalation";

  /** The drug's LCD does not cover the diagnoses and no ABN outcome is recorded yet. */
  public static final String VAR_ABN_NEEDED = "abnNeeded";

  /**
   * "Obtain ABN": SIGNED (option 1, GA), DO_NOT_BILL (option 2), DECLINED (option 3) or NOT_SIGNED
   * (GZ), and the date it was signed.
   */
  public static final String VAR_ABN_OUTCOME = "abnOutcome";

  /** ABN option 3: the beneficiary declined the dose ({@code Gateway_AbnDeclined}). */
  public static final String ABN_DECLINED = "DECLINED";

  /**
   * ABN option 2: the dose is given, the drug is not billed to Medicare and the patient pays for it
   * ({@code Gateway_DrugSelfPay}).
   */
  public static final String ABN_DO_NOT_BILL = "DO_NOT_BILL";

  /** "Record self-pay balance": whether any coded line is left to claim from Medicare. */
  public static final String VAR_MEDICARE_LINES_LEFT = "medicareLinesLeft";

  public static final String VAR_ABN_SIGNED_ON = "abnSignedOn";
  public static final String VAR_ABN_MODIFIER = "abnModifier";

  /** The first readiness check, business days before the visit. */
  public static final int READINESS_BUSINESS_DAYS_AHEAD = 3;

  private InfusionVisitProcess() {}
}
