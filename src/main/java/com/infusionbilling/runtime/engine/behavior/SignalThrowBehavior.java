package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.EventDefinition;

/**
 * Signal intermediate throw and end events: broadcast the signal (its variables are the event's
 * input mappings) to every signal catch and signal start event, then continue.
 */
public final class SignalThrowBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    var signal = (EventDefinition.Signal) instance.element().eventDefinition();
    String name;
    try {
      name =
          execution
              .expressions()
              .evaluateString(signal.name(), execution.visibleVariables(instance));
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    execution.events().broadcastSignal(name, execution.variables().local(instance.key()));
    execution.complete(instance);
  }
}
