package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;

/**
 * Terminate end event: everything else active in its scope is terminated, and the scope completes
 * (in the process itself, the process instance completes).
 */
public final class TerminateEndEventBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    ElementInstance scope = execution.instance(instance.flowScopeKey());
    execution.events().interruptChildren(scope, instance);
    execution.complete(instance);
  }
}
