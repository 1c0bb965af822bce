package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.AdHocDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ad-hoc sub-process (docs.camunda.io "Ad-hoc sub-processes", the BPMN implementation of Camunda
 * 8.8). On activation (after its input mappings) it evaluates {@code activeElementsCollection} and
 * activates each listed inner element, each in an inner instance of its own (element instance type
 * {@code AD_HOC_SUB_PROCESS_INNER_INSTANCE}, with the sub-process's element id): the element and
 * the flow that follows it inside the sub-process run there. Elements can also be activated later
 * with {@code POST /v2/element-instances/ad-hoc-activities/{key}/activation}.
 *
 * <p>Each time an inner instance completes (its flow ended), its {@code outputElement} is appended
 * to the {@code outputCollection} (a local variable of the sub-process, propagated to the parent
 * scope when the sub-process completes), and the {@code completionCondition} is evaluated. When it
 * holds, the sub-process completes: at once, terminating the inner instances still active ({@code
 * cancelRemainingInstances}, the default), or once they completed. Without a completion condition
 * the sub-process completes when no activated element is active any more. With nothing activated,
 * it stays active.
 */
public final class AdHocSubProcessBehavior implements ElementBehavior {

  /** The variable describing the activatable elements, created in the sub-process's scope. */
  static final String ELEMENTS_VARIABLE = "adHocSubProcessElements";

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance adHoc) {
    AdHocDefinition definition = adHoc.element().adHoc();
    execution
        .variables()
        .setLocal(adHoc.key(), ELEMENTS_VARIABLE, describeElements(execution, adHoc));
    if (definition.outputCollection() != null) {
      execution.variables().setLocal(adHoc.key(), definition.outputCollection(), new ArrayList<>());
    }
    List<String> elementIds;
    try {
      elementIds = activeElements(execution, adHoc, definition);
    } catch (ExpressionException e) {
      execution.raiseIncident(adHoc, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    for (String elementId : elementIds) {
      activateElement(execution, adHoc, elementId, Map.of());
    }
  }

  private static List<String> activeElements(
      ProcessInstanceExecution execution, ElementInstance adHoc, AdHocDefinition definition) {
    if (definition.activeElements() == null) {
      return List.of();
    }
    Object value =
        execution
            .expressions()
            .evaluate(definition.activeElements(), execution.visibleVariables(adHoc));
    String source = definition.activeElements().source().strip();
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new ExpressionException(
          "Expected result of the expression '"
              + source
              + "' to be 'ARRAY', but was '"
              + ExpressionLanguage.typeName(value)
              + "'.");
    }
    List<String> ids = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String id)) {
        throw new ExpressionException(
            "Expected the result of the expression '"
                + source
                + "' to be a list of element ids (strings), but it contains '"
                + item
                + "' ("
                + ExpressionLanguage.typeName(item)
                + ")");
      }
      ids.add(id);
    }
    List<String> unknown =
        ids.stream().filter(id -> !definition.activatable().contains(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw new ExpressionException(
          "Expected the activated elements "
              + unknown
              + " to be elements of the ad-hoc sub-process '"
              + adHoc.element().id()
              + "' that can be activated "
              + definition.activatable()
              + ", but they are not");
    }
    return ids;
  }

  /** What the {@code adHocSubProcessElements} variable lists: the activatable inner elements. */
  private static List<Map<String, Object>> describeElements(
      ProcessInstanceExecution execution, ElementInstance adHoc) {
    List<Map<String, Object>> elements = new ArrayList<>();
    for (String id : adHoc.element().adHoc().activatable()) {
      ExecutableElement element = execution.process().element(id);
      Map<String, Object> description = new LinkedHashMap<>();
      description.put("elementId", id);
      description.put("elementName", element.name());
      elements.add(description);
    }
    return elements;
  }

  /** An element to activate through the API, with variables local to its inner instance. */
  public record Activation(String elementId, Map<String, Object> variables) {}

  /**
   * {@code POST /v2/element-instances/ad-hoc-activities/{key}/activation}: activates the given
   * elements in the active ad-hoc sub-process instance, each in a new inner instance; with {@code
   * cancelRemainingInstances}, the inner instances still active are terminated first. All or
   * nothing: an element that cannot be activated rejects the command.
   */
  public static void activateElements(
      ProcessInstanceExecution execution,
      long adHocKey,
      List<Activation> activations,
      boolean cancelRemainingInstances) {
    ElementInstance adHoc = execution.instance(adHocKey);
    if (adHoc == null
        || !adHoc.isActive()
        || adHoc.isAdHocInnerInstance()
        || adHoc.element().adHoc() == null) {
      throw new NotFoundException(
          "Expected to activate activities of ad-hoc sub-process instance with key '"
              + adHocKey
              + "', but no such active ad-hoc sub-process instance was found");
    }
    if (adHoc.lifecycle() != Lifecycle.ACTIVATED) {
      throw new InvalidStateException(
          "Expected to activate activities of ad-hoc sub-process instance with key '"
              + adHocKey
              + "', but it is "
              + adHoc.lifecycle().name().toLowerCase(java.util.Locale.ROOT));
    }
    List<String> activatable = adHoc.element().adHoc().activatable();
    if (activations == null || activations.isEmpty()) {
      throw new InvalidArgumentException(
          "Expected at least one element to activate in ad-hoc sub-process '"
              + adHoc.element().id()
              + "', but 'elements' is empty");
    }
    for (Activation activation : activations) {
      if (activation.elementId() == null || !activatable.contains(activation.elementId())) {
        throw new InvalidArgumentException(
            "Expected to activate element '"
                + activation.elementId()
                + "' in ad-hoc sub-process '"
                + adHoc.element().id()
                + "', but it is not one of its activatable elements "
                + activatable);
      }
    }
    if (cancelRemainingInstances) {
      for (ElementInstance child : execution.activeChildren(adHoc.key())) {
        if (child.isAdHocInnerInstance()) {
          execution.terminate(child);
        }
      }
    }
    for (Activation activation : activations) {
      activateElement(execution, adHoc, activation.elementId(), activation.variables());
    }
    execution.run();
  }

  /**
   * Activates an inner element of an active ad-hoc sub-process in a new inner instance, with the
   * given variables local to that inner instance.
   */
  static void activateElement(
      ProcessInstanceExecution execution,
      ElementInstance adHoc,
      String elementId,
      Map<String, Object> variables) {
    ElementInstance inner = execution.createInactiveChild(adHoc, adHoc.element());
    inner.setAdHocInnerInstance(true);
    inner.setLifecycle(Lifecycle.ACTIVATED);
    if (variables != null && !variables.isEmpty()) {
      execution.variables().setAllLocal(inner.key(), variables);
    }
    execution.activateChild(inner, execution.process().element(elementId));
  }

  /**
   * An inner instance's flow ended: its output is collected and the completion condition checked (a
   * failing expression raises an incident on the inner instance; resolving it tries again).
   */
  static void innerCompleting(ProcessInstanceExecution execution, ElementInstance inner) {
    ElementInstance adHoc = execution.instance(inner.flowScopeKey());
    boolean completionConditionMet;
    try {
      completionConditionMet = collectOutput(execution, adHoc, inner);
    } catch (ExpressionException e) {
      execution.raiseIncident(inner, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    inner.setLifecycle(Lifecycle.COMPLETED);
    inner.setEndTime(execution.now());
    execution.events().closeAll(inner);
    innerCompleted(execution, adHoc, completionConditionMet);
  }

  private static boolean collectOutput(
      ProcessInstanceExecution execution, ElementInstance adHoc, ElementInstance inner) {
    AdHocDefinition definition = adHoc.element().adHoc();
    Map<String, Object> innerVariables = execution.visibleVariables(inner);
    if (definition.outputCollection() != null) {
      Object output = execution.expressions().evaluate(definition.outputElement(), innerVariables);
      Object current = execution.variables().localValue(adHoc.key(), definition.outputCollection());
      List<Object> collection =
          current instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
      collection.add(output);
      execution.variables().setLocal(adHoc.key(), definition.outputCollection(), collection);
    }
    if (definition.completionCondition() == null) {
      return false;
    }
    Object result =
        execution.expressions().evaluate(definition.completionCondition(), innerVariables);
    if (result instanceof Boolean b) {
      return b;
    }
    throw new ExpressionException(
        "Expected result of the expression '"
            + definition.completionCondition().source().strip()
            + "' to be 'BOOLEAN', but was '"
            + ExpressionLanguage.typeName(result)
            + "'.");
  }

  /** An inner instance completed: the sub-process completes when it is done. */
  private static void innerCompleted(
      ProcessInstanceExecution execution, ElementInstance adHoc, boolean completionConditionMet) {
    if (!adHoc.isActive() || adHoc.lifecycle() != Lifecycle.ACTIVATED) {
      return;
    }
    AdHocDefinition definition = adHoc.element().adHoc();
    if (completionConditionMet && definition.cancelRemainingInstances()) {
      for (ElementInstance child : execution.activeChildren(adHoc.key())) {
        execution.terminate(child);
      }
      execution.complete(adHoc);
      return;
    }
    if (completionConditionMet && !adHoc.adHocCompletionFulfilled()) {
      adHoc.setAdHocCompletionFulfilled(true);
    }
    boolean done = definition.completionCondition() == null || adHoc.adHocCompletionFulfilled();
    if (done && execution.activeChildren(adHoc.key()).isEmpty()) {
      execution.complete(adHoc);
    }
  }

  /** The sub-process completes: its output collection reaches the parent scope. */
  static void propagateOutputCollection(ProcessInstanceExecution execution, ElementInstance adHoc) {
    execution.mappings().propagateLocal(adHoc, adHoc.element().adHoc().outputCollection());
  }
}
