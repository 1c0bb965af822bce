package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.ExecutableFlow;
import java.util.Map;

final class Conditions {
  private Conditions() {}

  /**
   * A gateway with no outgoing flow, or a single unconditional one, needs no decision: it is
   * completed here, and true is returned.
   */
  static boolean leftWithoutDecision(ProcessInstanceExecution execution, ElementInstance instance) {
    var outgoing = instance.element().outgoing();
    if (outgoing.isEmpty()) {
      execution.complete(instance);
      return true;
    }
    if (outgoing.size() == 1 && outgoing.get(0).condition() == null) {
      execution.completeTaking(instance, outgoing);
      return true;
    }
    return false;
  }

  /** Evaluates a flow condition; anything but a boolean is an error, as in Camunda. */
  static boolean isTrue(
      ProcessInstanceExecution execution, ExecutableFlow flow, Map<String, Object> variables) {
    Object value = execution.expressions().evaluate(flow.condition(), variables);
    if (value instanceof Boolean b) {
      return b;
    }
    throw new ExpressionException(
        "Expected result of the expression '"
            + flow.condition().source().strip()
            + "' to be 'BOOLEAN', but was '"
            + ExpressionLanguage.typeName(value)
            + "'.");
  }
}
