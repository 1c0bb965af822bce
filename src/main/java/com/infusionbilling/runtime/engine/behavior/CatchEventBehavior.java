package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.model.EventDefinition;
import java.util.List;
import java.util.Map;

/**
 * Intermediate catch events (message, timer, signal, link) and receive tasks: the element opens its
 * subscription or timer and waits until it is triggered. A link catch event continues at once; a
 * catch event that its event-based gateway's trigger activated completes with the event's data.
 */
public final class CatchEventBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    Map<String, Object> triggered = execution.events().takePendingCatch(instance);
    if (triggered != null || instance.element().eventDefinition() instanceof EventDefinition.Link) {
      execution.mergeResultVariables(instance, triggered == null ? Map.of() : triggered);
      execution.complete(instance);
      return;
    }
    execution.events().openOwn(instance, List.of(instance.element()));
  }
}
