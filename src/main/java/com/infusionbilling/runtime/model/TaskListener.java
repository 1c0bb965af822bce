package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * One {@code zeebe:taskListener} of a Camunda user task (docs.camunda.io "User task listeners"): a
 * job of the given type (static or FEEL) and retries that runs when the task's lifecycle reaches
 * the event.
 */
public record TaskListener(EventType eventType, Expression type, Expression retries) {

  /** The user task lifecycle events listeners react to; the task's state while they run. */
  public enum EventType {
    CREATING,
    ASSIGNING,
    UPDATING,
    COMPLETING,
    CANCELING;

    /** Whether a listener may deny the transition (docs: assigning, updating, completing). */
    public boolean deniable() {
      return this == ASSIGNING || this == UPDATING || this == COMPLETING;
    }
  }
}
