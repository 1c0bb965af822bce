package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.LoopCharacteristics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a multi-instance activity (docs.camunda.io "Multi-instance"): it evaluates the input
 * collection once, when it is activated, and creates one inner instance per item, all at once
 * (parallel) or one after the other (sequential). Each inner instance gets the local variables
 * {@code loopCounter} (1-based) and the input element. When an inner instance completes, its output
 * element is written into the output collection (a local variable of the body, propagated to the
 * body's scope when the body completes), and the completion condition is checked with {@code
 * numberOfInstances}, {@code numberOfActiveInstances}, {@code numberOfCompletedInstances} and
 * {@code numberOfTerminatedInstances}; when it holds, the remaining inner instances are terminated
 * and the body completes. An empty collection completes the body at once; a value that is not a
 * list raises an {@code EXTRACT_VALUE_ERROR} incident on the body.
 */
public final class MultiInstanceBehavior implements ElementBehavior {

  static final String LOOP_COUNTER = "loopCounter";

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance body) {
    LoopCharacteristics loop = body.element().loopCharacteristics();
    List<Object> items;
    try {
      items = inputCollection(execution, body, loop);
    } catch (ExpressionException e) {
      execution.raiseIncident(body, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    LoopState state = new LoopState(items.size());
    if (loop.sequential()) {
      state.items = new ArrayList<>(items);
    }
    body.setLoopState(state);
    if (loop.outputCollection() != null) {
      execution
          .variables()
          .setLocal(
              body.key(),
              loop.outputCollection(),
              new ArrayList<>(Collections.nCopies(items.size(), null)));
    }
    if (items.isEmpty()) {
      execution.complete(body);
      return;
    }
    if (loop.sequential()) {
      startInner(execution, body, 0, items.get(0));
      state.next = 1;
    } else {
      for (int i = 0; i < items.size(); i++) {
        startInner(execution, body, i, items.get(i));
      }
      state.next = items.size();
    }
    body.loopStateChanged();
  }

  private static List<Object> inputCollection(
      ProcessInstanceExecution execution, ElementInstance body, LoopCharacteristics loop) {
    Object value =
        execution.expressions().evaluate(loop.inputCollection(), execution.visibleVariables(body));
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    throw new ExpressionException(
        "Expected result of the expression '"
            + loop.inputCollection().source().strip()
            + "' to be 'ARRAY', but was '"
            + ExpressionLanguage.typeName(value)
            + "'.");
  }

  /** Creates the inner instance for one item, with its local variables, and activates it. */
  private static void startInner(
      ProcessInstanceExecution execution, ElementInstance body, int index, Object item) {
    ExecutableElement element = body.element();
    ElementInstance inner = execution.createInactiveChild(body, element);
    String inputElement = element.loopCharacteristics().inputElement();
    if (inputElement != null) {
      execution.variables().setLocal(inner.key(), inputElement, item);
    }
    execution.variables().setLocal(inner.key(), LOOP_COUNTER, index + 1);
    execution.activateLater(inner);
  }

  /**
   * An inner instance is completing: writes its output element into the output collection and
   * evaluates the completion condition. Returns whether the condition holds.
   */
  static boolean collectOutput(
      ProcessInstanceExecution execution, ElementInstance body, ElementInstance inner) {
    LoopCharacteristics loop = body.element().loopCharacteristics();
    Map<String, Object> innerVariables = execution.visibleVariables(inner);
    if (loop.outputCollection() != null) {
      Object output = execution.expressions().evaluate(loop.outputElement(), innerVariables);
      Object current = execution.variables().localValue(body.key(), loop.outputCollection());
      List<Object> collection =
          current instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
      int index = loopCounter(execution, inner) - 1;
      while (collection.size() <= index) {
        collection.add(null);
      }
      collection.set(index, output);
      execution.variables().setLocal(body.key(), loop.outputCollection(), collection);
    }
    if (loop.completionCondition() == null) {
      return false;
    }
    LoopState state = body.loopState();
    int active = 0;
    for (ElementInstance child : execution.activeChildren(body.key())) {
      if (child != inner) {
        active++;
      }
    }
    Map<String, Object> context = new HashMap<>(innerVariables);
    context.put("numberOfInstances", state.size);
    context.put("numberOfActiveInstances", active);
    context.put("numberOfCompletedInstances", state.completed + 1);
    context.put("numberOfTerminatedInstances", state.terminated);
    Object result = execution.expressions().evaluate(loop.completionCondition(), context);
    if (result instanceof Boolean b) {
      return b;
    }
    throw new ExpressionException(
        "Expected result of the expression '"
            + loop.completionCondition().source().strip()
            + "' to be 'BOOLEAN', but was '"
            + ExpressionLanguage.typeName(result)
            + "'.");
  }

  /** An inner instance completed: start the next one, or complete the body when done. */
  static void innerCompleted(
      ProcessInstanceExecution execution,
      ElementInstance body,
      ElementInstance inner,
      boolean completionConditionMet) {
    LoopState state = body.loopState();
    state.completed++;
    body.loopStateChanged();
    if (completionConditionMet) {
      for (ElementInstance child : execution.activeChildren(body.key())) {
        execution.terminate(child);
        state.terminated++;
      }
      execution.complete(body);
      return;
    }
    if (body.element().loopCharacteristics().sequential() && state.next < state.size) {
      int index = state.next++;
      startInner(execution, body, index, state.items.get(index));
      return;
    }
    if (execution.activeChildren(body.key()).isEmpty()) {
      execution.complete(body);
    }
  }

  /** The body completes: its output collection passes to the scope around it. */
  static void propagateOutputCollection(ProcessInstanceExecution execution, ElementInstance body) {
    execution
        .mappings()
        .propagateLocal(body, body.element().loopCharacteristics().outputCollection());
  }

  private static int loopCounter(ProcessInstanceExecution execution, ElementInstance inner) {
    Object counter = execution.variables().localValue(inner.key(), LOOP_COUNTER);
    return counter instanceof Number n ? n.intValue() : 1;
  }
}
