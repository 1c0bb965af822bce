package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;

/**
 * An event sub-process, activated when the event of its start event occurred in its enclosing
 * scope: its start event is activated with the event's variables.
 */
public final class EventSubProcessBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.activateTriggered(
        instance,
        instance.element().eventStartEvents().get(0),
        execution.events().takeEventSubProcessVariables());
  }
}
