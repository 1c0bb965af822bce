package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.Mapping;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input and output mappings of element instances and the merging of result variables (a job's, a
 * user task's, an event's, a called instance's), as docs.camunda.io "Variables" and "Input/output
 * variable mappings" describe them.
 */
final class VariableMappings {

  private final ProcessInstanceExecution execution;

  /** Variables output mappings read besides the visible ones (a called instance's): key → vars. */
  private final Map<Long, Map<String, Object>> outputContexts = new HashMap<>();

  VariableMappings(ProcessInstanceExecution execution) {
    this.execution = execution;
  }

  /** Inputs are evaluated against the element's parent scopes plus inputs already applied. */
  void applyInputs(ElementInstance instance, List<Mapping> inputs) {
    Map<String, Object> context = new HashMap<>(execution.visibleVariables(instance));
    Map<String, Object> local = new LinkedHashMap<>();
    for (Mapping mapping : inputs) {
      Object value = execution.expressions().evaluate(mapping.source(), context);
      VariablePaths.assign(local, context, mapping.target(), value);
    }
    execution.variables().setAllLocal(instance.key(), local);
  }

  /**
   * Evaluates the output mappings into the flow scope. On a failing expression the variables kept
   * for them (a called instance's) become local to the element, so resolving can map them again.
   */
  void applyOutputs(ElementInstance instance, List<Mapping> outputs) {
    try {
      mapOutputs(instance, outputs);
    } catch (ExpressionException e) {
      Map<String, Object> extra = outputContexts.remove(instance.key());
      if (extra != null) {
        execution.variables().setAllLocal(instance.key(), extra);
      }
      throw e;
    }
  }

  private void mapOutputs(ElementInstance instance, List<Mapping> outputs) {
    Map<String, Object> context = new HashMap<>(execution.visibleVariables(instance));
    Map<String, Object> extra = outputContexts.get(instance.key());
    if (extra != null) {
      context.putAll(extra);
    }
    ElementInstance scope =
        instance.flowScopeKey() == null ? null : execution.instance(instance.flowScopeKey());
    Map<String, Object> parentVisible =
        scope == null ? new HashMap<>() : new HashMap<>(execution.visibleVariables(scope));
    Map<String, Object> result = new LinkedHashMap<>();
    for (Mapping mapping : outputs) {
      Object value = execution.expressions().evaluate(mapping.source(), context);
      VariablePaths.assign(result, parentVisible, mapping.target(), value);
    }
    if (scope != null) {
      execution.variables().propagate(execution.scopeChain(scope.key()), result);
    }
  }

  /** Merges result variables of a task (job, script): local with output mappings, else upward. */
  void mergeResult(ElementInstance instance, Map<String, Object> result) {
    if (result == null || result.isEmpty()) {
      return;
    }
    if (!instance.element().outputs().isEmpty()) {
      execution.variables().setAllLocal(instance.key(), result);
    } else {
      execution.variables().propagate(execution.scopeChain(instance.key()), result);
    }
  }

  /** A local variable of a completing element (an output collection) reaches its flow scope. */
  void propagateLocal(ElementInstance instance, String name) {
    if (name == null || instance.flowScopeKey() == null) {
      return;
    }
    Map<String, Object> output = new HashMap<>();
    output.put(name, execution.variables().localValue(instance.key(), name));
    execution.variables().propagate(execution.scopeChain(instance.flowScopeKey()), output);
  }

  /**
   * The variables of the instance a call activity created reach the call activity: all of them,
   * unless {@code propagateAllChildVariables} is off; then only through the output mappings.
   */
  void passChildVariables(ElementInstance callActivity, Map<String, Object> childVars) {
    if (callActivity.element().calledElement().propagateAllChildVariables()) {
      mergeResult(callActivity, childVars);
    } else if (!callActivity.element().outputs().isEmpty() && childVars != null) {
      // the output mappings read the child's variables, which are not stored in the caller
      outputContexts.put(callActivity.key(), childVars);
    }
  }
}
