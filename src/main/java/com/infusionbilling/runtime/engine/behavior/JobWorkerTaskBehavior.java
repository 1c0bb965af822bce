package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.JobDefinition;

/**
 * Service, send, script and business-rule tasks implemented by a job worker: activation creates a
 * job of the evaluated type and retries; the task waits until the job is completed.
 */
public final class JobWorkerTaskBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    JobDefinition definition = instance.element().jobDefinition();
    String type;
    long retries;
    try {
      var variables = execution.visibleVariables(instance);
      type = execution.expressions().evaluateString(definition.type(), variables);
      retries = execution.expressions().evaluateLong(definition.retries(), variables);
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    if (type.isBlank()) {
      execution.raiseIncident(
          instance,
          "EXTRACT_VALUE_ERROR",
          "Expected the job type of element '" + instance.element().id() + "' to be non-empty",
          null);
      return;
    }
    execution.createJob(instance, type, (int) retries, definition.headers());
  }

  @Override
  public void onTerminating(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.cancelJob(instance);
  }
}
