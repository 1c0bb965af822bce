package com.infusionbilling.worklist;

import java.util.Map;

/**
 * A domain rule a user task's completion must pass beyond its form (which only knows shapes), e.g.
 * that a visit the values link to exists. A module declares one as a bean for its task; the
 * worklist runs it after the form's checks, before completing the task.
 */
public interface TaskCompletionCheck {
  /** The BPMN element ID of the user task this checks. */
  String elementId();

  /**
   * Throws {@link WorklistException.BadRequest} naming the field when the values are refused.
   *
   * @param variables the validated values the task would be completed with
   */
  void check(Map<String, Object> variables);
}
