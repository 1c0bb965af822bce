package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;

/**
 * An embedded sub-process: a new variable scope whose none start event is activated. It completes
 * when nothing inside it is active any more (the interpreter checks that).
 */
public final class SubProcessBehavior implements ElementBehavior {
  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.activateChild(instance, instance.element().noneStartEvent());
  }
}
