package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.JobDefinition;
import java.util.Map;

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
      // Static type and retries (the usual case) need no variables, so none are read.
      var variables =
          definition.type() instanceof Expression.Static
                  && definition.retries() instanceof Expression.Static
              ? Map.<String, Object>of()
              : execution.visibleVariables(instance);
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
