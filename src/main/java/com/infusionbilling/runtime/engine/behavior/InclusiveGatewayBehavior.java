package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.ExecutableFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inclusive gateway: forks along every outgoing flow whose condition is true (or the default flow
 * when none is); joins once no token that could still arrive is on its way (the interpreter checks
 * that before activating it).
 */
public final class InclusiveGatewayBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    var element = instance.element();
    if (Conditions.leftWithoutDecision(execution, instance)) {
      return;
    }
    Map<String, Object> variables = execution.visibleVariables(instance);
    List<ExecutableFlow> taken = new ArrayList<>();
    try {
      for (ExecutableFlow flow : element.outgoing()) {
        if (flow == element.defaultFlow()) {
          continue;
        }
        if (flow.condition() == null || Conditions.isTrue(execution, flow, variables)) {
          taken.add(flow);
        }
      }
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "CONDITION_ERROR", e.getMessage(), null);
      return;
    }
    if (taken.isEmpty() && element.defaultFlow() != null) {
      taken.add(element.defaultFlow());
    }
    if (taken.isEmpty()) {
      execution.raiseIncident(
          instance,
          "CONDITION_ERROR",
          "Expected at least one condition to evaluate to true, or to have a default flow",
          null);
      return;
    }
    execution.completeTaking(instance, taken);
  }
}
