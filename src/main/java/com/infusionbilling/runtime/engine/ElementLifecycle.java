package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import com.infusionbilling.runtime.model.Mapping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Camunda 8's element lifecycle (docs.camunda.io "Internal processing", "Variable mappings",
 * "Execution listeners") for the element instances of one process instance: create, activate (input
 * mappings, start listeners, subscriptions, behaviour), complete (output mappings, end listeners,
 * leave by the outgoing flows or complete the scope) and terminate (everything inside first).
 * Behaviours reach it through {@link ProcessInstanceExecution}.
 */
final class ElementLifecycle {

  private final ProcessInstanceExecution execution;
  private final BehaviorRegistry behaviors;
  private final TokenFlow flow;

  ElementLifecycle(ProcessInstanceExecution execution, BehaviorRegistry behaviors, TokenFlow flow) {
    this.execution = execution;
    this.behaviors = behaviors;
    this.flow = flow;
  }

  // ---------------------------------------------------------------------------------------------
  // Creating

  ElementInstance createRoot() {
    ElementInstance root =
        new ElementInstance(
            execution.processInstance().key,
            execution.process().root(),
            null,
            execution.now(),
            Lifecycle.ACTIVATED,
            null,
            null,
            null,
            null,
            false);
    execution.register(root);
    return root;
  }

  ElementInstance createChild(ElementInstance scope, ExecutableElement element) {
    ElementInstance instance =
        new ElementInstance(
            execution.nextKey(),
            element,
            scope.key(),
            execution.now(),
            Lifecycle.ACTIVATING,
            null,
            null,
            null,
            null,
            false);
    instance.setMultiInstanceBody(element.isMultiInstance() && scope.element() != element);
    execution.register(instance);
    return instance;
  }

  // ---------------------------------------------------------------------------------------------
  // Activating

  /**
   * Runs the process's start listeners, then opens its subscriptions and starts it at the given
   * elements: its none or event start event, or the elements of start instructions.
   */
  void startRoot(ElementInstance root, List<String> startAt) {
    root.setPendingStart(new ArrayList<>(startAt));
    root.setLifecycle(Lifecycle.ACTIVATING);
    if (ExecutionListenerRunner.start(execution, root)) {
      continueActivation(root);
    }
  }

  /** Creates and activates a child element instance, entered through the given flow(s). */
  void activateChild(ElementInstance scope, ExecutableElement element, String enteredBy) {
    ElementInstance instance = createChild(scope, element);
    instance.setEnteredBy(enteredBy);
    activate(instance);
  }

  /** Activates a created element instance later in this command, unless it ended meanwhile. */
  void activateLater(ElementInstance instance) {
    flow.later(
        () -> {
          if (instance.isActive() && instance.lifecycle() == Lifecycle.ACTIVATING) {
            activate(instance);
          }
        });
  }

  void activate(ElementInstance instance) {
    instance.setLifecycle(Lifecycle.ACTIVATING);
    // the mappings of a multi-instance activity apply to its inner instances, not to the body
    List<Mapping> inputs = instance.wrapsElement() ? List.of() : instance.element().inputs();
    if (!inputs.isEmpty()) {
      try {
        execution.mappings().applyInputs(instance, inputs);
      } catch (ExpressionException e) {
        execution.raiseIncident(instance, "IO_MAPPING_ERROR", e.getMessage(), null);
        return;
      }
    }
    if (instance.key() == execution.processInstance().key) {
      startRoot(instance, instance.pendingStart() == null ? List.of() : instance.pendingStart());
      return;
    }
    if (ExecutionListenerRunner.start(execution, instance)) {
      continueActivation(instance);
    }
  }

  /** After the input mappings and start listeners: subscriptions, then the element's behaviour. */
  void continueActivation(ElementInstance instance) {
    if (!execution.events().openAttached(instance)) {
      return; // a boundary event or event sub-process could not subscribe: an incident
    }
    instance.setLifecycle(Lifecycle.ACTIVATED);
    if (instance.key() == execution.processInstance().key) {
      List<String> startAt = instance.pendingStart() == null ? List.of() : instance.pendingStart();
      instance.setPendingStart(null);
      for (String elementId : startAt) {
        ExecutableElement element = execution.process().element(elementId);
        if (element == execution.process().root().noneStartEvent()
            || execution.process().root().eventStartEvents().contains(element)) {
          activateChild(instance, element, null);
        } else {
          new ProcessInstanceModification(execution).startBefore(List.of(elementId));
        }
      }
      return;
    }
    behaviors.of(instance).onActivated(execution, instance);
  }

  /** The element's behaviour runs again (an incident on an activated element was resolved). */
  void reactivate(ElementInstance instance) {
    behaviors.of(instance).onActivated(execution, instance);
  }

  // ---------------------------------------------------------------------------------------------
  // Completing

  /** Completes the element instance and takes the given outgoing flows. */
  void completeTaking(ElementInstance instance, Collection<ExecutableFlow> flows) {
    instance.setLifecycle(Lifecycle.COMPLETING);
    List<Mapping> outputs = instance.wrapsElement() ? List.of() : instance.element().outputs();
    if (!outputs.isEmpty()) {
      try {
        execution.mappings().applyOutputs(instance, outputs);
      } catch (ExpressionException e) {
        execution.raiseIncident(instance, "IO_MAPPING_ERROR", e.getMessage(), null);
        return;
      }
    }
    if (!ExecutionListenerRunner.end(execution, instance)) {
      return; // the end listeners run first (flows: the element's outgoing ones, see the runner)
    }
    finishCompleting(instance, flows);
  }

  /** After the output mappings and end listeners: the element is left. */
  void finishCompleting(ElementInstance instance, Collection<ExecutableFlow> flows) {
    if (instance.isAdHocInnerInstance()) {
      AdHocSubProcessBehavior.innerCompleting(execution, instance);
      return;
    }
    ElementInstance body = multiInstanceBodyOf(instance);
    boolean completionConditionMet = false;
    if (body != null) {
      try {
        completionConditionMet = MultiInstanceBehavior.collectOutput(execution, body, instance);
      } catch (ExpressionException e) {
        execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
        return;
      }
    }
    if (instance.isMultiInstanceBody()) {
      MultiInstanceBehavior.propagateOutputCollection(execution, instance);
    } else if (instance.element().adHoc() != null) {
      AdHocSubProcessBehavior.propagateOutputCollection(execution, instance);
    }
    ProcessInstanceRecord processInstance = execution.processInstance();
    instance.setLifecycle(Lifecycle.COMPLETED);
    instance.setEndTime(execution.now());
    execution.events().closeAll(instance);
    execution.compensations().completed(instance);
    execution.compensations().handlerCompleted(instance);
    if (processInstance.terminateAfter().contains(instance.element().id())
        && body == null
        && instance.key() != processInstance.key) {
      execution.cancel(); // a runtime instruction: the instance ends once this element completed
      return;
    }
    if (body != null) {
      MultiInstanceBehavior.innerCompleted(execution, body, instance, completionConditionMet);
      return;
    }
    if (instance.key() == processInstance.key) {
      processInstance.state = ProcessInstanceState.COMPLETED;
      processInstance.endTime = execution.now();
      processInstance.dirty = true;
      if (processInstance.parentProcessInstanceKey != null
          && processInstance.parentElementInstanceKey != null) {
        execution
            .events()
            .addFollowUp(
                new FollowUp.CalledInstanceCompleted(
                    processInstance.parentProcessInstanceKey,
                    processInstance.parentElementInstanceKey,
                    execution.variables().local(processInstance.key)));
      }
      return;
    }
    ElementInstance scope = execution.instance(instance.flowScopeKey());
    if (flows.isEmpty()) {
      flow.later(() -> flow.checkScopeCompletion(scope));
      return;
    }
    for (ExecutableFlow taken : flows) {
      flow.takeFlow(scope, taken);
    }
  }

  /** For an inner instance of a multi-instance activity: its body; null otherwise. */
  ElementInstance multiInstanceBodyOf(ElementInstance instance) {
    if (instance.flowScopeKey() == null || instance.isMultiInstanceBody()) {
      return null;
    }
    ElementInstance scope = execution.instance(instance.flowScopeKey());
    return scope != null && scope.isMultiInstanceBody() ? scope : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Terminating

  /** Terminates an element instance and everything inside it. */
  void terminate(ElementInstance instance) {
    if (!instance.isActive()) {
      return;
    }
    for (ElementInstance child : execution.activeChildren(instance.key())) {
      terminate(child);
    }
    behaviors.of(instance).onTerminating(execution, instance);
    execution.compensations().terminated(instance);
    if (instance.listenerIndex() != null) {
      execution.cancelJob(instance); // a listener job the instance waited on
      instance.setListenerIndex(null);
    }
    execution.events().closeAll(instance);
    if (instance.incidentKey() != null) {
      execution.waits().resolveLater(instance.incidentKey());
      instance.setIncidentKey(null);
    }
    instance.joinTokens().clear();
    instance.joinTokensChanged();
    instance.setLifecycle(Lifecycle.TERMINATED);
    instance.setEndTime(execution.now());
  }
}
