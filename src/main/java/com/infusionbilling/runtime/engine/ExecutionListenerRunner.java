package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.ExecutionListener;
import java.util.List;
import java.util.Map;

/**
 * Execution listeners (docs.camunda.io "Execution listeners"): blocking jobs that run one after the
 * other, in model order, before an element is processed (start: after its input mappings, before
 * its subscriptions and behaviour; their variables become local variables of the element) and after
 * it was (end: after its output mappings, before it is left; their variables go to the element's
 * flow scope, like output mappings). A failing job is retried and raises an incident like any job;
 * a listener whose type or retries cannot be evaluated raises an incident, and resolving it runs
 * the listeners of that event type again from the first. Multi-instance bodies run none (their
 * inner instances do).
 */
final class ExecutionListenerRunner {

  static final String KIND = "EXECUTION_LISTENER";

  private ExecutionListenerRunner() {}

  /** Starts the start listeners; true when there are none and the element may proceed. */
  static boolean start(ProcessInstanceExecution execution, ElementInstance instance) {
    return runFrom(execution, instance, ExecutionListener.EventType.START, 0);
  }

  /** Starts the end listeners; true when there are none and the element may be left. */
  static boolean end(ProcessInstanceExecution execution, ElementInstance instance) {
    return runFrom(execution, instance, ExecutionListener.EventType.END, 0);
  }

  /** A listener job completed: its variables apply, and the next listener (or the element) runs. */
  static void completed(
      ProcessInstanceExecution execution,
      ElementInstance instance,
      JobRecord job,
      Map<String, Object> variables) {
    ExecutionListener.EventType eventType =
        "END".equals(job.listenerEventType)
            ? ExecutionListener.EventType.END
            : ExecutionListener.EventType.START;
    int next = instance.listenerIndex() == null ? 0 : instance.listenerIndex() + 1;
    if (eventType == ExecutionListener.EventType.START) {
      execution.variables().setAllLocal(instance.key(), variables);
      if (runFrom(execution, instance, eventType, next)) {
        execution.continueActivation(instance);
      }
    } else {
      ElementInstance scope =
          instance.flowScopeKey() == null ? instance : execution.instance(instance.flowScopeKey());
      execution.variables().propagate(execution.scopeChain(scope.key()), variables);
      if (runFrom(execution, instance, eventType, next)) {
        execution.finishCompleting(instance, instance.element().outgoing());
      }
    }
  }

  private static boolean runFrom(
      ProcessInstanceExecution execution,
      ElementInstance instance,
      ExecutionListener.EventType eventType,
      int index) {
    List<ExecutionListener> listeners =
        instance.wrapsElement() ? List.of() : instance.element().executionListeners(eventType);
    if (index >= listeners.size()) {
      if (instance.listenerIndex() != null) {
        instance.setListenerIndex(null);
      }
      return true;
    }
    ExecutionListener listener = listeners.get(index);
    String type;
    long retries;
    try {
      Map<String, Object> variables = execution.visibleVariables(instance);
      type = execution.expressions().evaluateString(listener.type(), variables);
      retries = execution.expressions().evaluateLong(listener.retries(), variables);
    } catch (ExpressionException e) {
      instance.setListenerIndex(null);
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return false;
    }
    instance.setListenerIndex(index);
    execution
        .waits()
        .createJob(
            instance, type, (int) retries, KIND, eventType.name(), instance.element().jobHeaders());
    return false;
  }
}
