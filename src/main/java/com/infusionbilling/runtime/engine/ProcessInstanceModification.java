package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Process instance modification and start instructions (docs.camunda.io "Process instance
 * modification", "Process instance creation"): activating elements of a process instance, in an
 * existing instance of their flow scope or in new ones (without activating the start event or the
 * input mappings of those scopes), with variables, and terminating element instances. All
 * activations are applied before all terminations; any invalid instruction rejects the whole
 * command, and as it runs inside the command's transaction nothing of it is kept.
 */
public final class ProcessInstanceModification {

  /**
   * Activate an element; an ancestor key of -1 (0 or null) picks the existing instance of its flow
   * scope, creating it when there is none.
   */
  public record Activation(
      String elementId, Long ancestorElementInstanceKey, List<VariableInstruction> variables) {}

  /** Variables set before the activation: globally (no scope id) or local to a flow scope. */
  public record VariableInstruction(Map<String, Object> variables, String scopeId) {}

  private final ProcessInstanceExecution execution;

  ProcessInstanceModification(ProcessInstanceExecution execution) {
    this.execution = execution;
  }

  /** Applies the activations, then the terminations, then runs until every token waits. */
  public void apply(List<Activation> activations, List<Long> terminations) {
    for (Activation activation : activations) {
      activate(activation);
    }
    for (Long key : terminations) {
      terminate(key);
    }
    execution.run();
  }

  /** Start instructions: the new instance starts before each given element instead. */
  void startBefore(List<String> elementIds) {
    for (String elementId : elementIds) {
      activate(new Activation(elementId, null, List.of()));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void activate(Activation activation) {
    ExecutableElement element = activatable(activation.elementId());
    List<ExecutableElement> scopes = flowScopesTopDown(element);
    ElementInstance root = execution.instance(execution.processInstance().key);
    ElementInstance scope = root;
    int first = 1; // scopes[0] is the process itself
    Long ancestorKey = activation.ancestorElementInstanceKey();
    if (ancestorKey != null && ancestorKey > 0) {
      ElementInstance ancestor = execution.instance(ancestorKey);
      if (ancestor == null || !ancestor.isActive()) {
        throw invalid(
            "Expected to activate element '"
                + element.id()
                + "' in the ancestor element instance '"
                + ancestorKey
                + "', but no such active element instance exists in the process instance");
      }
      int index = scopes.indexOf(ancestor.element());
      if (index < 0 || ancestor.isMultiInstanceBody()) {
        throw invalid(
            "Expected to activate element '"
                + element.id()
                + "' in the ancestor element instance '"
                + ancestorKey
                + "', but element '"
                + ancestor.element().id()
                + "' is not a flow scope of it");
      }
      scope = ancestor;
      first = index + 1;
      for (int i = first; i < scopes.size(); i++) {
        scope = execution.enterScopeWithoutStart(scope, scopes.get(i));
      }
    } else {
      for (int i = first; i < scopes.size(); i++) {
        scope = existingOrNewScope(scope, scopes.get(i), element);
      }
    }
    Map<String, Map<String, Object>> localByScope = new HashMap<>();
    for (VariableInstruction instruction : activation.variables()) {
      Map<String, Object> variables =
          instruction.variables() == null ? Map.of() : instruction.variables();
      String scopeId = instruction.scopeId();
      if (scopeId == null || scopeId.isBlank()) {
        execution.variables().setAllLocal(root.key(), variables);
      } else if (scopeId.equals(element.id())) {
        localByScope.computeIfAbsent(scopeId, k -> new HashMap<>()).putAll(variables);
      } else {
        ElementInstance target = scopeInstance(scope, scopeId);
        if (target == null) {
          throw invalid(
              "Expected to set variables in the scope '"
                  + scopeId
                  + "' when activating element '"
                  + element.id()
                  + "', but it is not a flow scope of the element");
        }
        execution.variables().setAllLocal(target.key(), variables);
      }
    }
    execution.activateWithLocalVariables(
        scope, element, localByScope.getOrDefault(element.id(), Map.of()));
  }

  /** The instance of the scope element in the chain from {@code innermost} up, or null. */
  private ElementInstance scopeInstance(ElementInstance innermost, String scopeElementId) {
    ElementInstance current = innermost;
    while (current != null) {
      if (current.element().id().equals(scopeElementId)) {
        return current;
      }
      current = current.flowScopeKey() == null ? null : execution.instance(current.flowScopeKey());
    }
    return null;
  }

  private ElementInstance existingOrNewScope(
      ElementInstance parent, ExecutableElement scopeElement, ExecutableElement target) {
    List<ElementInstance> existing = new ArrayList<>();
    for (ElementInstance child : execution.activeChildren(parent.key())) {
      if (child.element() == scopeElement) {
        existing.add(child);
      }
    }
    if (existing.size() > 1) {
      throw invalid(
          "Expected to activate element '"
              + target.id()
              + "', but its flow scope '"
              + scopeElement.id()
              + "' has more than one active instance; select one with an ancestor element"
              + " instance key");
    }
    return existing.isEmpty()
        ? execution.enterScopeWithoutStart(parent, scopeElement)
        : existing.get(0);
  }

  /** The element, if the documented limitations allow activating it. */
  private ExecutableElement activatable(String elementId) {
    ExecutableElement element =
        elementId != null && execution.process().hasElement(elementId)
            ? execution.process().element(elementId)
            : null;
    if (element == null || element.type() == BpmnElementType.PROCESS) {
      throw invalid(
          "Expected to activate element '"
              + elementId
              + "', but no such element exists in process '"
              + execution.processInstance().bpmnProcessId
              + "'");
    }
    String reason = null;
    if (element.type() == BpmnElementType.START_EVENT) {
      reason = "it is a start event";
    } else if (element.type() == BpmnElementType.BOUNDARY_EVENT) {
      reason = "it is a boundary event";
    } else if (element.incoming().stream()
        .map(ExecutableFlow::source)
        .anyMatch(source -> source.type() == BpmnElementType.EVENT_BASED_GATEWAY)) {
      reason = "it belongs to an event-based gateway";
    } else {
      for (ExecutableElement scope = element.flowScope();
          scope != null;
          scope = scope.flowScope()) {
        if (scope.isMultiInstance()) {
          reason = "it is inside the multi-instance sub-process '" + scope.id() + "'";
          break;
        }
        if (scope.adHoc() != null) {
          reason =
              "it is inside the ad-hoc sub-process '"
                  + scope.id()
                  + "' (this runtime activates its elements only through"
                  + " POST /v2/element-instances/ad-hoc-activities/{key}/activation, a documented"
                  + " difference)";
          break;
        }
      }
    }
    if (reason != null) {
      throw invalid(
          "Expected to activate element '"
              + elementId
              + "', but "
              + reason
              + ", which process instance modification cannot activate (a documented"
              + " limitation)");
    }
    return element;
  }

  private static List<ExecutableElement> flowScopesTopDown(ExecutableElement element) {
    List<ExecutableElement> scopes = new ArrayList<>();
    for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
      scopes.add(scope);
    }
    Collections.reverse(scopes);
    return scopes;
  }

  // ---------------------------------------------------------------------------------------------

  private void terminate(long elementInstanceKey) {
    ElementInstance instance = execution.instance(elementInstanceKey);
    if (instance == null || !instance.isActive()) {
      throw invalid(
          "Expected to terminate element instance '"
              + elementInstanceKey
              + "', but no such active element instance exists in the process instance");
    }
    if (instance.flowScopeKey() == null
        && execution.processInstance().parentProcessInstanceKey != null) {
      throw invalid(
          "Expected to terminate the process instance '"
              + elementInstanceKey
              + "', but it was created by a call activity; terminate the call activity in the"
              + " parent process instance instead");
    }
    ElementInstance scope =
        instance.flowScopeKey() == null ? null : execution.instance(instance.flowScopeKey());
    execution.terminate(instance);
    // a scope left without active element instances is terminated too, up to the process instance
    while (scope != null && scope.isActive() && execution.isEmptyScope(scope)) {
      ElementInstance parent =
          scope.flowScopeKey() == null ? null : execution.instance(scope.flowScopeKey());
      if (parent == null && execution.processInstance().parentProcessInstanceKey != null) {
        throw invalid(
            "Expected to modify the process instance, but the instructions would terminate every"
                + " element instance of a process instance created by a call activity; terminate"
                + " the call activity in the parent process instance instead");
      }
      if (parent == null) {
        execution.cancel();
        return;
      }
      execution.terminate(scope);
      scope = parent;
    }
    if (scope == null && execution.processInstance().isActive()) {
      execution.cancel(); // the root itself was terminated
    }
  }

  private static InvalidArgumentException invalid(String message) {
    return new InvalidArgumentException(message);
  }
}
