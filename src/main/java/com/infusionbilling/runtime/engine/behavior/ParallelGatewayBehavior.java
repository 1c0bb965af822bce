package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;

/**
 * Parallel gateway: the interpreter activates it only once a token arrived on every incoming flow
 * (join); it then takes every outgoing flow (fork), ignoring conditions.
 */
public final class ParallelGatewayBehavior implements ElementBehavior {
  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.completeTaking(instance, instance.element().outgoing());
  }
}
