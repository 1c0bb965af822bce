package com.infusionbilling.runtime.events;

import com.infusionbilling.runtime.engine.InstanceEventStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.SubscriptionRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signal broadcast as docs.camunda.io's "Signal events" page describes it: a signal triggers every
 * signal catch event, boundary event and event sub-process waiting for its name, in every process
 * instance, and starts one instance of each latest process version with a signal start event of
 * that name. Signals are not buffered: nothing waits for a signal that nobody subscribed to.
 */
public final class SignalBroadcaster {

  private final InstanceEventStore subscriptions;

  public SignalBroadcaster(InstanceEventStore subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** Broadcasts a signal inside the batch's transaction. */
  public void broadcast(
      EventRouter.Batch batch, String name, Map<String, Object> variables, String tenantId) {
    Map<Long, List<SubscriptionRecord>> byInstance = new LinkedHashMap<>();
    for (SubscriptionRecord subscription :
        subscriptions.openSubscriptions(SubscriptionRecord.SIGNAL, name, tenantId, true)) {
      byInstance
          .computeIfAbsent(subscription.processInstanceKey, k -> new ArrayList<>())
          .add(subscription);
    }
    byInstance.keySet().stream()
        .sorted()
        .forEach(
            instanceKey -> {
              ProcessInstanceExecution execution = batch.load(instanceKey);
              boolean triggered = false;
              for (SubscriptionRecord subscription : byInstance.get(instanceKey)) {
                SubscriptionRecord current = subscriptions.subscription(subscription.key);
                if (current != null && execution.events().correlate(current, variables)) {
                  triggered = true;
                }
              }
              if (triggered) {
                batch.write(execution);
              }
            });
    for (SubscriptionRecord start :
        subscriptions.openSubscriptions(SubscriptionRecord.SIGNAL, name, tenantId, false)) {
      batch.startInstance(start.processDefinitionKey, start.elementId, variables);
    }
  }
}
