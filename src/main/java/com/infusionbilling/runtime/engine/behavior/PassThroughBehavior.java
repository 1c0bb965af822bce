package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;

/**
 * None start/end/intermediate-throw events, undefined tasks and manual tasks: they complete as soon
 * as they are activated.
 */
public final class PassThroughBehavior implements ElementBehavior {
  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.complete(instance);
  }
}
