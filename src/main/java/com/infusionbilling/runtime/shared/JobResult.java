package com.infusionbilling.runtime.shared;

import java.util.List;
import java.util.Map;

/**
 * The result a worker completes a job with (docs.camunda.io "User task listeners", "Ad-hoc
 * sub-processes"): for a task listener job, a denial and corrections of the user task; for an
 * ad-hoc sub-process job, the elements to activate and whether the sub-process is done.
 */
public record JobResult(
    boolean denied,
    String deniedReason,
    Corrections corrections,
    List<ActivateElement> activateElements,
    boolean completionConditionFulfilled,
    boolean cancelRemainingInstances) {

  /** Corrections of a user task; a null property is not corrected, an empty date or list clears. */
  public record Corrections(
      String assignee,
      String dueDate,
      String followUpDate,
      List<String> candidateUsers,
      List<String> candidateGroups,
      Integer priority) {

    /** The corrected properties by user task attribute name. */
    public Map<String, Object> asChanges() {
      Map<String, Object> changes = new java.util.LinkedHashMap<>();
      if (assignee != null) changes.put("assignee", assignee);
      if (dueDate != null) changes.put("dueDate", dueDate);
      if (followUpDate != null) changes.put("followUpDate", followUpDate);
      if (candidateUsers != null) changes.put("candidateUsers", candidateUsers);
      if (candidateGroups != null) changes.put("candidateGroups", candidateGroups);
      if (priority != null) changes.put("priority", priority);
      return changes;
    }
  }

  /** An element of an ad-hoc sub-process to activate, with its variables. */
  /** An element an ad-hoc sub-process job activates, with its variables (none when null). */
  public record ActivateElement(String elementId, Map<String, Object> variables) {
    public ActivateElement {
      variables = variables == null ? Map.of() : variables;
    }
  }

  public static JobResult userTask(boolean denied, String deniedReason, Corrections corrections) {
    return new JobResult(denied, deniedReason, corrections, List.of(), false, false);
  }
}
