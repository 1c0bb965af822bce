package com.infusionbilling.runtime.events;

import com.infusionbilling.runtime.engine.EventTarget;
import com.infusionbilling.runtime.engine.InstanceEventStore;
import com.infusionbilling.runtime.engine.SubscriptionRecord;
import com.infusionbilling.runtime.engine.SubscriptionState;
import com.infusionbilling.runtime.engine.TimerRecord;
import com.infusionbilling.runtime.engine.TimerState;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.EventDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.model.TimerSchedule;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The message, signal and timer start events of process definitions. Deploying a new version of a
 * process closes the start event subscriptions and cancels the start timers of its previous
 * versions and opens those of the new version, as docs.camunda.io describes for each start event.
 */
public final class StartEvents {

  private final InstanceEventStore store;
  private final ExpressionLanguage expressions;
  private final LongSupplier keys;

  public StartEvents(InstanceEventStore store, ExpressionLanguage expressions, LongSupplier keys) {
    this.store = store;
    this.expressions = expressions;
    this.keys = keys;
  }

  /** A new version of a process was deployed (inside the deployment's transaction). */
  public void processDeployed(
      long processDefinitionKey, ExecutableProcess process, String tenantId, long now) {
    store.closeStartEvents(process.bpmnProcessId(), tenantId, now);
    for (ExecutableElement start : process.root().eventStartEvents()) {
      EventDefinition definition = start.eventDefinition();
      try {
        if (definition instanceof EventDefinition.Message message) {
          store.insertSubscription(
              subscription(
                  SubscriptionRecord.MESSAGE,
                  name(message.name()),
                  processDefinitionKey,
                  process,
                  tenantId,
                  start,
                  now));
        } else if (definition instanceof EventDefinition.Signal signal) {
          store.insertSubscription(
              subscription(
                  SubscriptionRecord.SIGNAL,
                  name(signal.name()),
                  processDefinitionKey,
                  process,
                  tenantId,
                  start,
                  now));
        } else if (definition instanceof EventDefinition.Timer timer) {
          TimerSchedule schedule =
              TimerSchedule.of(timer.kind(), expressions.evaluate(timer.value(), Map.of()), now);
          store.insertTimer(
              new TimerRecord(
                  keys.getAsLong(),
                  EventTarget.startEvent(
                      processDefinitionKey, process.bpmnProcessId(), tenantId, start.id()),
                  now,
                  schedule,
                  TimerState.CREATED,
                  false));
        }
      } catch (ExpressionException | IllegalArgumentException e) {
        throw new InvalidArgumentException(
            "Expected to deploy new resources, but encountered the following errors:\n"
                + "start event '"
                + start.id()
                + "' of process '"
                + process.bpmnProcessId()
                + "': "
                + e.getMessage());
      }
    }
  }

  private String name(com.infusionbilling.runtime.expression.Expression expression) {
    Object value = expressions.evaluate(expression, Map.of());
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    throw new IllegalArgumentException(
        "the name '" + expression.source() + "' must evaluate to a non-empty string");
  }

  private SubscriptionRecord subscription(
      String kind,
      String name,
      long processDefinitionKey,
      ExecutableProcess process,
      String tenantId,
      ExecutableElement start,
      long now) {
    return new SubscriptionRecord(
        keys.getAsLong(),
        kind,
        name,
        null,
        EventTarget.startEvent(processDefinitionKey, process.bpmnProcessId(), tenantId, start.id()),
        now,
        SubscriptionState.CREATED,
        false);
  }
}
