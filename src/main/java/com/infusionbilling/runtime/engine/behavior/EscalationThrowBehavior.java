package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.EventDefinition;

/**
 * Escalation intermediate throw and end events: throw the escalation to the closest escalation
 * catch event and continue, unless an interrupting catch event terminated them. An escalation that
 * nothing catches is ignored.
 */
public final class EscalationThrowBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    var escalation = (EventDefinition.Escalation) instance.element().eventDefinition();
    String code;
    try {
      code =
          execution
              .expressions()
              .evaluateString(escalation.thrownCode(), execution.visibleVariables(instance));
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    execution.events().throwEscalation(instance, code, execution.variables().local(instance.key()));
    if (instance.isActive()) {
      execution.complete(instance);
    }
  }
}
