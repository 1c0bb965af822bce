package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.EventDefinition.TimerKind;
import io.camunda.zeebe.model.bpmn.instance.Association;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePublishMessage;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The event part of the BPMN transformation: which event elements the runtime executes, their event
 * definitions (messages, timers, signals, errors, escalations, links, terminate), and the wiring of
 * boundary events to their activities, event sub-processes and event start events to their scopes,
 * and link throw events to their catch events.
 */
final class EventModels {

  private final ExpressionLanguage expressions;

  EventModels(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  /** Events, receive tasks, event-based gateways and event sub-processes. */
  static boolean isEventElement(FlowNode node) {
    return node instanceof Event
        || node instanceof ReceiveTask
        || node instanceof EventBasedGateway
        || (node instanceof SubProcess sub && sub.triggeredByEvent());
  }

  /** Null when the runtime executes the event element; otherwise why it is rejected. */
  static String unsupportedReason(FlowNode node) {
    if (node instanceof ReceiveTask
        || node instanceof EventBasedGateway
        || node instanceof SubProcess) {
      return null;
    }
    Collection<? extends ModelElementInstance> definitions =
        node instanceof CatchEvent c
            ? c.getEventDefinitions()
            : node instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
    if (definitions.isEmpty()) {
      return node instanceof StartEvent
              || node instanceof EndEvent
              || node instanceof IntermediateThrowEvent
          ? null
          : kindOf(node) + " without an event definition is not supported";
    }
    ModelElementInstance definition = definitions.iterator().next();
    if (definition instanceof MessageEventDefinition message && node instanceof ThrowEvent) {
      return node.getSingleExtensionElement(ZeebeTaskDefinition.class) != null
              || publishMessageOf(node, message) != null
          ? null
          : "a message throw event needs a job worker (zeebe:taskDefinition) or"
              + " zeebe:publishMessage";
    }
    boolean supported = supportedDefinitions(node).stream().anyMatch(c -> c.isInstance(definition));
    return supported
        ? null
        : kindOf(node)
            + " with a "
            + definition.getElementType().getTypeName()
            + " is not supported by this runtime";
  }

  /** The event definitions the runtime executes on each kind of event. */
  private static List<Class<? extends ModelElementInstance>> supportedDefinitions(FlowNode node) {
    if (node instanceof StartEvent) {
      boolean inEventSubProcess =
          node.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent();
      return inEventSubProcess
          ? List.of(
              MessageEventDefinition.class,
              TimerEventDefinition.class,
              SignalEventDefinition.class,
              ErrorEventDefinition.class,
              EscalationEventDefinition.class)
          : List.of(
              MessageEventDefinition.class,
              TimerEventDefinition.class,
              SignalEventDefinition.class);
    }
    if (node instanceof EndEvent) {
      return List.of(
          CompensateEventDefinition.class,
          ErrorEventDefinition.class,
          EscalationEventDefinition.class,
          SignalEventDefinition.class,
          TerminateEventDefinition.class);
    }
    if (node instanceof IntermediateThrowEvent) {
      return List.of(
          CompensateEventDefinition.class,
          EscalationEventDefinition.class,
          SignalEventDefinition.class,
          LinkEventDefinition.class);
    }
    if (node instanceof IntermediateCatchEvent) {
      return List.of(
          MessageEventDefinition.class,
          TimerEventDefinition.class,
          SignalEventDefinition.class,
          LinkEventDefinition.class);
    }
    if (node instanceof BoundaryEvent) {
      return List.of(
          CompensateEventDefinition.class,
          MessageEventDefinition.class,
          TimerEventDefinition.class,
          SignalEventDefinition.class,
          ErrorEventDefinition.class,
          EscalationEventDefinition.class);
    }
    return List.of();
  }

  private static String kindOf(FlowNode node) {
    return "a " + node.getElementType().getTypeName();
  }

  /** Reads the event definition and interrupting flag of an event element. */
  void configure(FlowNode node, ExecutableElement element, List<String> problems) {
    String where = BpmnTransformer.describe(node);
    if (node instanceof BoundaryEvent boundary) {
      element.setInterrupting(boundary.cancelActivity());
    } else if (node instanceof StartEvent start) {
      element.setInterrupting(start.isInterrupting());
    }
    if (node instanceof ReceiveTask task) {
      element.setEventDefinition(message(task.getMessage(), true, where, problems));
      return;
    }
    Collection<? extends ModelElementInstance> definitions =
        node instanceof CatchEvent c
            ? c.getEventDefinitions()
            : node instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
    if (definitions.isEmpty()) {
      return;
    }
    ModelElementInstance definition = definitions.iterator().next();
    boolean catching = node instanceof CatchEvent;
    EventDefinition event = null;
    if (definition instanceof MessageEventDefinition m) {
      event =
          catching
              ? message(
                  m.getMessage(),
                  !(node instanceof StartEvent && isProcessLevel(node)),
                  where,
                  problems)
              : publishMessage(node, element, m, where, problems); // or a job worker
    } else if (definition instanceof TimerEventDefinition t) {
      event = timer(t, where, problems);
    } else if (definition instanceof SignalEventDefinition s) {
      String name = s.getSignal() == null ? null : s.getSignal().getName();
      event = new EventDefinition.Signal(attribute(name, where, "signal name", problems));
    } else if (definition instanceof ErrorEventDefinition e) {
      String code = e.getError() == null ? null : e.getError().getErrorCode();
      event =
          catching
              ? new EventDefinition.Error(blankToNull(code), null)
              : new EventDefinition.Error(null, attribute(code, where, "error code", problems));
    } else if (definition instanceof EscalationEventDefinition e) {
      String code = e.getEscalation() == null ? null : e.getEscalation().getEscalationCode();
      event =
          catching
              ? new EventDefinition.Escalation(blankToNull(code), null)
              : new EventDefinition.Escalation(
                  null, attribute(code, where, "escalation code", problems));
    } else if (definition instanceof LinkEventDefinition l) {
      event = new EventDefinition.Link(l.getName());
    } else if (definition instanceof CompensateEventDefinition c) {
      event =
          new EventDefinition.Compensation(
              c.getActivity() == null ? null : c.getActivity().getId());
    } else if (definition instanceof TerminateEventDefinition) {
      event = new EventDefinition.Terminate();
    }
    element.setEventDefinition(event);
  }

  /** Registers event sub-processes and event start events with their scope. */
  void register(FlowNode node, ExecutableElement element, ExecutableElement scope) {
    if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
      scope.addEventSubProcess(element);
    } else if (node instanceof StartEvent && element.eventDefinition() != null) {
      scope.addEventStartEvent(element);
    }
  }

  /** After all elements exist: attaches boundary events and links link throws to catches. */
  void wire(Collection<FlowNode> nodes, Map<String, ExecutableElement> elements) {
    Map<ExecutableElement, Map<String, ExecutableElement>> linkCatches = new HashMap<>();
    for (FlowNode node : nodes) {
      ExecutableElement element = elements.get(node.getId());
      if (element == null) {
        continue;
      }
      if (node instanceof io.camunda.zeebe.model.bpmn.instance.Activity activity
          && activity.isForCompensation()) {
        element.setForCompensation(true);
      }
      if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
        ExecutableElement activity = elements.get(boundary.getAttachedTo().getId());
        if (activity != null && element.eventDefinition() instanceof EventDefinition.Compensation) {
          // a marker, not a subscription: it links the activity to its compensation handler
          ExecutableElement handler = compensationHandlerOf(boundary, elements);
          if (handler != null) {
            activity.setCompensationHandler(handler);
          }
        } else if (activity != null) {
          element.attachTo(activity);
        }
      }
      if (node instanceof IntermediateCatchEvent
          && element.eventDefinition() instanceof EventDefinition.Link link) {
        linkCatches
            .computeIfAbsent(element.flowScope(), k -> new HashMap<>())
            .put(link.name(), element);
      }
    }
    for (ExecutableElement element : elements.values()) {
      if (element.type() == BpmnElementType.INTERMEDIATE_THROW_EVENT
          && element.eventDefinition() instanceof EventDefinition.Link link) {
        ExecutableElement target =
            linkCatches.getOrDefault(element.flowScope(), Map.of()).get(link.name());
        if (target != null) {
          ExecutableFlow jump = ExecutableFlow.link(element, target);
          element.addOutgoing(jump);
          target.addIncoming(jump);
        }
      }
    }
  }

  /** The handler a compensation boundary event is associated with (bpmn:association). */
  private static ExecutableElement compensationHandlerOf(
      BoundaryEvent boundary, Map<String, ExecutableElement> elements) {
    for (Association association :
        boundary.getModelInstance().getModelElementsByType(Association.class)) {
      if (association.getSource() != null
          && association.getSource().getId().equals(boundary.getId())
          && association.getTarget() != null) {
        return elements.get(association.getTarget().getId());
      }
    }
    return null;
  }

  private EventDefinition.Message message(
      Message message, boolean withCorrelationKey, String where, List<String> problems) {
    if (message == null) {
      problems.add(where + ": must reference a message");
      return null;
    }
    Expression name = attribute(message.getName(), where, "message name", problems);
    Expression correlationKey = null;
    if (withCorrelationKey) {
      ZeebeSubscription subscription =
          message.getExtensionElements() == null
              ? null
              : message.getSingleExtensionElement(ZeebeSubscription.class);
      String key = subscription == null ? null : subscription.getCorrelationKey();
      if (key == null || key.isBlank()) {
        problems.add(
            where
                + ": the message '"
                + message.getName()
                + "' needs a correlation key"
                + " (zeebe:subscription correlationKey)");
      } else {
        correlationKey = attribute(key, where, "correlation key", problems);
      }
    }
    return new EventDefinition.Message(name, correlationKey);
  }

  /** zeebe:publishMessage of an element or of its message event definition, or null. */
  static ZeebePublishMessage publishMessageOf(BaseElement node, MessageEventDefinition definition) {
    ZeebePublishMessage publish = node.getSingleExtensionElement(ZeebePublishMessage.class);
    if (publish == null && definition != null && definition.getExtensionElements() != null) {
      publish = definition.getSingleExtensionElement(ZeebePublishMessage.class);
    }
    return publish;
  }

  /** Reads zeebe:publishMessage onto the element (null: the event is a job worker). */
  private EventDefinition publishMessage(
      FlowNode node,
      ExecutableElement element,
      MessageEventDefinition definition,
      String where,
      List<String> problems) {
    ZeebePublishMessage publish = publishMessageOf(node, definition);
    if (publish == null || node.getSingleExtensionElement(ZeebeTaskDefinition.class) != null) {
      return null;
    }
    element.setPublishMessage(publishMessage(definition.getMessage(), publish, where, problems));
    return null;
  }

  /**
   * The message a send task or throw event publishes, from its message and zeebe:publishMessage.
   */
  PublishMessage publishMessage(
      Message message, ZeebePublishMessage publish, String where, List<String> problems) {
    if (message == null) {
      problems.add(where + ": zeebe:publishMessage needs a referenced message (messageRef)");
      return null;
    }
    Expression name = attribute(message.getName(), where, "message name", problems);
    Expression correlationKey =
        attribute(publish.getCorrelationKey(), where, "correlation key", problems);
    Expression messageId =
        publish.getMessageId() == null || publish.getMessageId().isBlank()
            ? null
            : attribute(publish.getMessageId(), where, "message id", problems);
    Expression timeToLive =
        publish.getTimeToLive() == null || publish.getTimeToLive().isBlank()
            ? null
            : attribute(publish.getTimeToLive(), where, "time to live", problems);
    return new PublishMessage(name, correlationKey, messageId, timeToLive);
  }

  private EventDefinition.Timer timer(
      TimerEventDefinition definition, String where, List<String> problems) {
    TimerKind kind;
    String text;
    if (definition.getTimeDate() != null) {
      kind = TimerKind.DATE;
      text = definition.getTimeDate().getTextContent();
    } else if (definition.getTimeDuration() != null) {
      kind = TimerKind.DURATION;
      text = definition.getTimeDuration().getTextContent();
    } else if (definition.getTimeCycle() != null) {
      kind = TimerKind.CYCLE;
      text = definition.getTimeCycle().getTextContent();
    } else {
      problems.add(where + ": a timer needs a timeDate, timeDuration or timeCycle");
      return null;
    }
    Expression value = attribute(text, where, "timer", problems);
    if (value instanceof Expression.Static s) {
      try {
        TimerSchedule.validate(kind, s.source());
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    return new EventDefinition.Timer(kind, value);
  }

  private Expression attribute(String text, String where, String what, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add(where + ": the " + what + " must not be empty");
      return null;
    }
    try {
      return expressions.parse(text.strip());
    } catch (ExpressionException e) {
      problems.add(where + ": invalid " + what + ": " + e.getMessage());
      return null;
    }
  }

  private static boolean isProcessLevel(FlowNode node) {
    return !(node.getParentElement() instanceof SubProcess);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
