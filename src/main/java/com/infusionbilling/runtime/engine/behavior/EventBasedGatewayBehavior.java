package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import java.util.List;

/**
 * Event-based gateway: subscribes to the events of the catch events after it; the first one that
 * occurs wins, the gateway completes along its flow and the other subscriptions close.
 */
public final class EventBasedGatewayBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    List<ExecutableElement> events =
        instance.element().outgoing().stream().map(ExecutableFlow::target).toList();
    execution.events().openOwn(instance, events);
  }
}
