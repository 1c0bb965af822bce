package com.infusionbilling.inventory;

/** IDs that cross the border between {@code bpmn/InventoryReconciliation.bpmn} and Java. */
public final class InventoryReconciliationProcess {
  public static final String PROCESS_ID = "InventoryReconciliation";
  public static final String DECISION_ID = "Decision_InventoryVariance";
  public static final String TASK_INVESTIGATE = "Task_InvestigateInventoryVariance";

  public static final String JOB_RECONCILE = "reconcile-inventory";
  public static final String JOB_ALERT_MANAGERS = "alert-managers-of-inventory-variance";
  public static final String JOB_RECORD_INVESTIGATION = "record-inventory-investigation";

  /** ON_DEMAND (a manager asked) or SCHEDULED (the weekly timer): set by the start. */
  public static final String VAR_TRIGGER = "trigger";

  public static final String VAR_RECONCILIATION_ID = "reconciliationId";

  /** The lots with something to decide on: a list of {@link Finding#variables()} maps. */
  public static final String VAR_FINDINGS = "findings";

  public static final String VAR_FINDING_ID = "findingId";

  /** "Investigate inventory variance": cause, corrective action, linked visit (optional). */
  public static final String VAR_CAUSE = "varianceCause";

  public static final String VAR_CORRECTIVE_ACTION = "correctiveAction";
  public static final String VAR_LINKED_VISIT_ID = "linkedVisitId";

  private InventoryReconciliationProcess() {}
}
