package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import java.util.HashMap;
import java.util.Map;

/** A script task with zeebe:script: evaluate the FEEL expression into the result variable. */
public final class ScriptTaskBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    Object result;
    try {
      result =
          execution
              .expressions()
              .evaluate(
                  instance.element().scriptExpression(), execution.visibleVariables(instance));
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    String resultVariable = instance.element().scriptResultVariable();
    if (resultVariable != null && !resultVariable.isBlank()) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(resultVariable, result);
      execution.mergeResultVariables(instance, variables);
    }
    execution.complete(instance);
  }
}
