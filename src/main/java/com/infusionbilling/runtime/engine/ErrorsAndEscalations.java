package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.EventDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Errors and escalations of one process instance during one command (docs.camunda.io "Error
 * events", "Escalation events"): a thrown code travels to the closest catch event up the scope
 * hierarchy, an event sub-process of a scope before its boundary events and a matching code before
 * a catch-all; beyond the root of a child instance the search continues in the parent, as a {@link
 * FollowUp}. An uncaught error raises an incident; an uncaught escalation does nothing.
 */
final class ErrorsAndEscalations {

  private final ProcessInstanceExecution execution;
  private final InstanceEvents events;

  ErrorsAndEscalations(ProcessInstanceExecution execution, InstanceEvents events) {
    this.execution = execution;
    this.events = events;
  }

  /**
   * Throws an error from an element instance: the closest error catch event up the scope hierarchy
   * catches it (an event sub-process inside a scope before the scope's boundary events; a catch
   * event with the error's code before a catch-all one). Beyond the root of a child instance the
   * parent instance continues the search; with no catch event at all the thrower gets an incident.
   */
  void throwError(
      ElementInstance thrower,
      String code,
      String message,
      Map<String, Object> variables,
      Long jobKey) {
    List<String> available = new ArrayList<>();
    if (catchError(thrower, code, variables, available)) {
      return;
    }
    ProcessInstanceRecord pi = execution.processInstance();
    if (pi.parentProcessInstanceKey != null && pi.parentElementInstanceKey != null) {
      events.addFollowUp(
          new FollowUp.ErrorThrown(
              pi.key,
              pi.parentProcessInstanceKey,
              pi.parentElementInstanceKey,
              thrower.key(),
              jobKey,
              code,
              message,
              variables,
              available));
      return;
    }
    raiseUnhandledError(thrower, jobKey, code, message, available);
  }

  /**
   * Looks for an error catch event from the given instance up to the root of this process instance
   * and triggers it. Returns false when there is none, adding the codes seen to {@code available}.
   */
  boolean catchError(
      ElementInstance from, String code, Map<String, Object> variables, List<String> available) {
    ExecutableElement catcher = null;
    ElementInstance owner = from;
    while (owner != null && catcher == null) {
      catcher = closestCatch(owner, code, EventDefinition.Error.class, available);
      if (catcher == null) {
        owner = owner.flowScopeKey() == null ? null : execution.instance(owner.flowScopeKey());
      }
    }
    if (catcher == null) {
      return false;
    }
    events.trigger(owner, catcher, variables);
    return true;
  }

  /** Raises the incident of an error that nothing caught. */
  void raiseUnhandledError(
      ElementInstance thrower, Long jobKey, String code, String message, List<String> available) {
    String text =
        "Expected to throw an error event with the code '"
            + code
            + "'"
            + (message == null || message.isBlank() ? "" : " with message '" + message + "'")
            + ", but it was not caught."
            + (available.isEmpty()
                ? " No error events are available in the scope."
                : " Available error events are " + available);
    execution.raiseIncident(thrower, "UNHANDLED_ERROR_EVENT", text, jobKey);
  }

  /**
   * Throws an escalation from an element instance to the closest escalation catch event up the
   * scope hierarchy (and beyond the root of a child instance, in its parent). Nothing happens when
   * no catch event exists: an escalation is not an error.
   */
  void throwEscalation(ElementInstance thrower, String code, Map<String, Object> variables) {
    if (catchEscalation(thrower, code, variables)) {
      return;
    }
    ProcessInstanceRecord pi = execution.processInstance();
    if (pi.parentProcessInstanceKey != null && pi.parentElementInstanceKey != null) {
      events.addFollowUp(
          new FollowUp.EscalationThrown(
              pi.parentProcessInstanceKey, pi.parentElementInstanceKey, code, variables));
    }
  }

  /** Looks for an escalation catch event from the instance up to the root and triggers it. */
  boolean catchEscalation(ElementInstance from, String code, Map<String, Object> variables) {
    ElementInstance owner = from;
    while (owner != null) {
      ExecutableElement catcher =
          closestCatch(owner, code, EventDefinition.Escalation.class, new ArrayList<>());
      if (catcher != null) {
        events.trigger(owner, catcher, variables);
        return true;
      }
      owner = owner.flowScopeKey() == null ? null : execution.instance(owner.flowScopeKey());
    }
    return false;
  }

  /**
   * The catch event for a code at one level of the hierarchy: first the event sub-processes of the
   * instance (a scope that is not interrupted), then the boundary events of the instance; at each,
   * a matching code wins over a catch-all.
   */
  private ExecutableElement closestCatch(
      ElementInstance owner,
      String code,
      Class<? extends EventDefinition> kind,
      List<String> available) {
    List<ExecutableElement> candidates = new ArrayList<>();
    if (!InstanceEvents.eventSubProcessesOf(owner).isEmpty() && !isInterrupted(owner)) {
      for (ExecutableElement eventSubProcess : InstanceEvents.eventSubProcessesOf(owner)) {
        candidates.addAll(eventSubProcess.eventStartEvents());
      }
    }
    ExecutableElement match = match(candidates, code, kind, available);
    if (match == null) {
      match = match(events.boundaryEventsOf(owner), code, kind, available);
    }
    return match;
  }

  private static ExecutableElement match(
      List<ExecutableElement> candidates,
      String code,
      Class<? extends EventDefinition> kind,
      List<String> available) {
    ExecutableElement catchAll = null;
    for (ExecutableElement candidate : candidates) {
      EventDefinition definition = candidate.eventDefinition();
      if (!kind.isInstance(definition)) {
        continue;
      }
      String catchCode =
          definition instanceof EventDefinition.Error error
              ? error.catchCode()
              : ((EventDefinition.Escalation) definition).catchCode();
      if (catchCode == null) {
        catchAll = candidate;
      } else if (catchCode.equals(code)) {
        return candidate;
      } else {
        available.add(catchCode);
      }
    }
    return catchAll;
  }

  /** Whether an interrupting event sub-process runs in the scope (no other may start). */
  private boolean isInterrupted(ElementInstance scope) {
    for (ElementInstance child : execution.activeChildren(scope.key())) {
      if (child.element().type() == BpmnElementType.EVENT_SUB_PROCESS
          && child.element().eventStartEvents().get(0).interrupting()) {
        return true;
      }
    }
    return false;
  }
}
