package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.ExecutableFlow;
import java.util.List;
import java.util.Map;

/**
 * Exclusive gateway: takes the first outgoing flow whose condition is true (in model order), else
 * the default flow; with neither, an incident as Camunda raises it.
 */
public final class ExclusiveGatewayBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    var element = instance.element();
    if (Conditions.leftWithoutDecision(execution, instance)) {
      return;
    }
    Map<String, Object> variables = execution.visibleVariables(instance);
    try {
      for (ExecutableFlow flow : element.outgoing()) {
        if (flow == element.defaultFlow()) {
          continue;
        }
        if (flow.condition() == null || Conditions.isTrue(execution, flow, variables)) {
          execution.completeTaking(instance, List.of(flow));
          return;
        }
      }
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "CONDITION_ERROR", e.getMessage(), null);
      return;
    }
    if (element.defaultFlow() != null) {
      execution.completeTaking(instance, List.of(element.defaultFlow()));
      return;
    }
    execution.raiseIncident(
        instance,
        "CONDITION_ERROR",
        "Expected at least one condition to evaluate to true, or to have a default flow",
        null);
  }
}
