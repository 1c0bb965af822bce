package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.EventDefinition;

/**
 * Error end event: throws the error (its code static or FEEL) to the closest error catch event; the
 * end event's local variables (its input mappings) travel with the error. Uncaught, it raises an
 * incident on the end event.
 */
public final class ErrorEndEventBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    var error = (EventDefinition.Error) instance.element().eventDefinition();
    String code;
    try {
      code =
          execution
              .expressions()
              .evaluateString(error.thrownCode(), execution.visibleVariables(instance));
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    execution
        .events()
        .throwError(instance, code, null, execution.variables().local(instance.key()), null);
  }
}
