package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;

/**
 * A compensation intermediate throw or end event (docs.camunda.io "Compensation events"): it
 * invokes the compensation handlers of the completed activities of its scope (or of its {@code
 * activityRef}) and completes once all of them completed, at once when there is nothing to
 * compensate.
 */
public final class CompensationThrowBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    if (!execution.throwCompensation(instance)) {
      execution.complete(instance);
    }
  }
}
