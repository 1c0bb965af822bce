package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code zeebe:executionListeners} (docs.camunda.io "Execution listeners"): job type and
 * retries static or FEEL, unique per event type, and rejected where Camunda does not run them
 * (start listeners on start and boundary events, end listeners on gateways and error end events).
 */
final class ListenerModels {

  private final ExpressionLanguage expressions;

  ListenerModels(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  List<ExecutionListener> executionListeners(BaseElement element, List<String> problems) {
    ZeebeExecutionListeners container =
        element.getSingleExtensionElement(ZeebeExecutionListeners.class);
    if (container == null) {
      return List.of();
    }
    String where = BpmnTransformer.describe(element);
    List<ExecutionListener> listeners = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ZeebeExecutionListener listener : container.getExecutionListeners()) {
      ExecutionListener.EventType eventType =
          listener.getEventType() == ZeebeExecutionListenerEventType.end
              ? ExecutionListener.EventType.END
              : ExecutionListener.EventType.START;
      String reason = unsupported(element, eventType);
      if (reason != null) {
        problems.add(
            where
                + ": "
                + eventType.name().toLowerCase()
                + " execution listeners are not supported on "
                + reason
                + " (as in Camunda)");
        continue;
      }
      if (listener.getType() == null || listener.getType().isBlank()) {
        problems.add(where + ": an execution listener needs a job type");
        continue;
      }
      if (!seen.add(eventType + "/" + listener.getType().strip())) {
        problems.add(
            where
                + ": two "
                + eventType.name().toLowerCase()
                + " execution listeners have the job type '"
                + listener.getType().strip()
                + "'");
        continue;
      }
      String retries =
          listener.getRetries() == null || listener.getRetries().isBlank()
              ? "3"
              : listener.getRetries();
      Expression type = parse(listener.getType(), where, "execution listener type", problems);
      Expression retryCount = parse(retries, where, "execution listener retries", problems);
      listeners.add(new ExecutionListener(eventType, type, retryCount));
    }
    return listeners;
  }

  /** A Camunda user task's zeebe:taskListeners (deprecated event names are read as the new). */
  List<TaskListener> taskListeners(BaseElement element, List<String> problems) {
    ZeebeTaskListeners container = element.getSingleExtensionElement(ZeebeTaskListeners.class);
    if (container == null) {
      return List.of();
    }
    String where = BpmnTransformer.describe(element);
    if (element.getSingleExtensionElement(ZeebeUserTask.class) == null) {
      problems.add(where + ": task listeners need a Camunda user task (zeebe:userTask)");
      return List.of();
    }
    List<TaskListener> listeners = new ArrayList<>();
    for (ZeebeTaskListener listener : container.getTaskListeners()) {
      TaskListener.EventType eventType = eventType(listener.getEventType());
      if (eventType == null) {
        problems.add(where + ": unknown task listener event type " + listener.getEventType());
        continue;
      }
      if (listener.getType() == null || listener.getType().isBlank()) {
        problems.add(where + ": a task listener needs a job type");
        continue;
      }
      String retries =
          listener.getRetries() == null || listener.getRetries().isBlank()
              ? "3"
              : listener.getRetries();
      listeners.add(
          new TaskListener(
              eventType,
              parse(listener.getType(), where, "task listener type", problems),
              parse(retries, where, "task listener retries", problems)));
    }
    return listeners;
  }

  private static TaskListener.EventType eventType(ZeebeTaskListenerEventType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case creating, create -> TaskListener.EventType.CREATING;
      case assigning, assignment -> TaskListener.EventType.ASSIGNING;
      case updating, update -> TaskListener.EventType.UPDATING;
      case completing, complete -> TaskListener.EventType.COMPLETING;
      case canceling, cancel -> TaskListener.EventType.CANCELING;
    };
  }

  private static String unsupported(BaseElement element, ExecutionListener.EventType eventType) {
    if (eventType == ExecutionListener.EventType.START) {
      if (element instanceof StartEvent) {
        return "start events (use start listeners of the process or sub-process)";
      }
      if (element instanceof BoundaryEvent) {
        return "boundary events (use start listeners of the activity)";
      }
      return null;
    }
    if (element instanceof Gateway) {
      return "gateways (use start listeners of the element after the gateway)";
    }
    if (element instanceof EndEvent end
        && end.getEventDefinitions().stream().anyMatch(d -> d instanceof ErrorEventDefinition)) {
      return "error end events (use listeners of the error catch event)";
    }
    return null;
  }

  private Expression parse(String text, String where, String what, List<String> problems) {
    try {
      return expressions.parse(text.strip());
    } catch (ExpressionException e) {
      problems.add(where + ": invalid " + what + ": " + e.getMessage());
      return null;
    }
  }
}
