package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.EventDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import com.infusionbilling.runtime.model.TimerSchedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The events of one process instance during one command: opening the message and signal
 * subscriptions and timers of waiting elements (catch events, receive tasks, event-based gateways,
 * boundary events of activities, event sub-process starts of scopes), triggering them, closing them
 * when their owner ends, and throwing errors and escalations to the closest catch event up the
 * scope hierarchy, as docs.camunda.io describes for each event.
 *
 * <p>Subscriptions and timers belong to an owner element instance and are closed with it, whatever
 * ends it: completion, termination by an interrupting event, or cancellation. Anything that reaches
 * beyond the instance (a buffered message, a thrown signal, an error leaving a child instance) is
 * recorded as a {@link FollowUp} and applied after the instance is written.
 */
public final class InstanceEvents {

  private final ProcessInstanceExecution execution;
  private final LongSupplier keys;
  private final boolean activeAtLoad;

  private final List<SubscriptionRecord> newSubscriptions = new ArrayList<>();
  private final List<TimerRecord> newTimers = new ArrayList<>();
  private final List<SubscriptionRecord> touchedSubscriptions = new ArrayList<>();
  private final List<TimerRecord> touchedTimers = new ArrayList<>();

  /** Owners whose open subscriptions and timers close: owner key → catch element ids (or all). */
  private final Map<Long, Set<String>> closed = new LinkedHashMap<>();

  private final List<FollowUp> followUps = new ArrayList<>();

  private final ErrorsAndEscalations errors;

  /** Catch events after an event-based gateway that the gateway's trigger activates. */
  private final Map<String, Map<String, Object>> pendingCatches = new HashMap<>();

  private Map<String, Object> eventSubProcessVariables = Map.of();

  InstanceEvents(ProcessInstanceExecution execution, LongSupplier keys) {
    this.execution = execution;
    this.keys = keys;
    this.activeAtLoad = execution.processInstance().isActive();
    this.errors = new ErrorsAndEscalations(execution, this);
  }

  // ---------------------------------------------------------------------------------------------
  // Opening

  /**
   * Opens the subscriptions an activated element instance holds for others: its boundary events
   * and, for a scope, the starts of its event sub-processes. On a failing expression it raises an
   * incident on the instance and returns false.
   */
  boolean openAttached(ElementInstance instance) {
    List<ExecutableElement> boundaries = boundaryEventsOf(instance);
    List<ExecutableElement> eventSubProcesses = eventSubProcessesOf(instance);
    if (boundaries.isEmpty() && eventSubProcesses.isEmpty()) {
      return true;
    }
    List<ExecutableElement> catches = new ArrayList<>(boundaries);
    for (ExecutableElement eventSubProcess : eventSubProcesses) {
      catches.addAll(eventSubProcess.eventStartEvents());
    }
    return openOwn(instance, catches);
  }

  /**
   * Opens subscriptions and timers owned by the instance for the given catch elements (the instance
   * itself for catch events and receive tasks, the events after an event-based gateway). On a
   * failing expression it raises an incident on the instance and returns false.
   */
  public boolean openOwn(ElementInstance owner, List<ExecutableElement> catchElements) {
    Map<String, Object> variables = execution.visibleVariables(owner);
    try {
      for (ExecutableElement element : catchElements) {
        open(owner, element, variables);
      }
      return true;
    } catch (ExpressionException | IllegalArgumentException e) {
      dropNew(owner.key(), null);
      execution.raiseIncident(owner, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return false;
    }
  }

  private void open(ElementInstance owner, ExecutableElement element, Map<String, Object> vars) {
    ProcessInstanceRecord pi = execution.processInstance();
    ExpressionLanguage expressions = execution.expressions();
    EventDefinition definition = element.eventDefinition();
    if (definition instanceof EventDefinition.Message message) {
      String name = EventNames.text(expressions, message.name(), vars, "message name", element);
      String correlationKey =
          EventNames.correlationKey(expressions, message.correlationKey(), vars, element);
      SubscriptionRecord subscription =
          subscription(SubscriptionRecord.MESSAGE, name, correlationKey, owner, element);
      newSubscriptions.add(subscription);
      followUps.add(new FollowUp.MessageSubscriptionOpened(subscription));
    } else if (definition instanceof EventDefinition.Signal signal) {
      String name = EventNames.text(expressions, signal.name(), vars, "signal name", element);
      newSubscriptions.add(subscription(SubscriptionRecord.SIGNAL, name, null, owner, element));
    } else if (definition instanceof EventDefinition.Timer timer) {
      Object value = expressions.evaluate(timer.value(), vars);
      TimerSchedule schedule = TimerSchedule.of(timer.kind(), value, execution.now());
      newTimers.add(
          new TimerRecord(
              keys.getAsLong(),
              EventTarget.in(pi, owner, element),
              execution.now(),
              schedule,
              TimerState.CREATED,
              false));
    }
  }

  private SubscriptionRecord subscription(
      String kind,
      String name,
      String correlationKey,
      ElementInstance owner,
      ExecutableElement element) {
    return new SubscriptionRecord(
        keys.getAsLong(),
        kind,
        name,
        correlationKey,
        EventTarget.in(execution.processInstance(), owner, element),
        execution.now(),
        SubscriptionState.CREATED,
        false);
  }

  /** The boundary events of an instance; the inner instances of a multi-instance body have none. */
  List<ExecutableElement> boundaryEventsOf(ElementInstance instance) {
    Long scopeKey = instance.flowScopeKey();
    ElementInstance scope = scopeKey == null ? null : execution.instance(scopeKey);
    if (scope != null && scope.element() == instance.element()) {
      return List.of();
    }
    return instance.element().boundaryEvents();
  }

  /** The event sub-processes of a scope; a multi-instance body has none (its inner ones do). */
  static List<ExecutableElement> eventSubProcessesOf(ElementInstance instance) {
    return instance.wrapsElement() ? List.of() : instance.element().eventSubProcesses();
  }

  // ---------------------------------------------------------------------------------------------
  // Closing

  /** The owner ended: its subscriptions and timers close. */
  void closeAll(ElementInstance owner) {
    if (owner.element().hasEventSubscriptions()) {
      close(owner.key(), null);
    }
  }

  private void closeEventSubProcessStarts(ElementInstance scope) {
    Set<String> starts = new LinkedHashSet<>();
    for (ExecutableElement eventSubProcess : eventSubProcessesOf(scope)) {
      eventSubProcess.eventStartEvents().forEach(start -> starts.add(start.id()));
    }
    if (!starts.isEmpty()) {
      close(scope.key(), starts);
    }
  }

  private void close(long ownerKey, Set<String> elementIds) {
    dropNew(ownerKey, elementIds);
    if (elementIds == null || closed.containsKey(ownerKey) && closed.get(ownerKey) == null) {
      closed.put(ownerKey, null);
    } else {
      closed.computeIfAbsent(ownerKey, k -> new LinkedHashSet<>()).addAll(elementIds);
    }
  }

  private void dropNew(long ownerKey, Set<String> elementIds) {
    newSubscriptions.removeIf(
        s ->
            s.elementInstanceKey == ownerKey
                && (elementIds == null || elementIds.contains(s.elementId)));
    newTimers.removeIf(
        t ->
            t.elementInstanceKey == ownerKey
                && (elementIds == null || elementIds.contains(t.elementId)));
    followUps.removeIf(
        f ->
            f instanceof FollowUp.MessageSubscriptionOpened opened
                && opened.subscription().elementInstanceKey == ownerKey
                && (elementIds == null || elementIds.contains(opened.subscription().elementId)));
  }

  // ---------------------------------------------------------------------------------------------
  // Triggering

  /**
   * A message or signal arrived for a subscription of this instance: triggers its catch element.
   * Returns false when the subscription's owner is no longer waiting.
   */
  public boolean correlate(SubscriptionRecord subscription, Map<String, Object> variables) {
    ElementInstance owner = execution.instance(subscription.elementInstanceKey);
    if (owner == null
        || !owner.isActive()
        || !subscription.isOpen()
        || isClosed(owner.key(), subscription.elementId)) {
      return false;
    }
    ExecutableElement element = catchElement(owner, subscription.elementId);
    if (!staysOpen(element)) {
      subscription.state = SubscriptionState.CORRELATED;
      subscription.dirty = true;
      touchedSubscriptions.add(subscription);
    }
    trigger(owner, element, variables);
    execution.run();
    return true;
  }

  /** A timer of this instance is due: triggers its catch element. */
  public boolean fire(TimerRecord timer) {
    touchedTimers.add(timer);
    ElementInstance owner = execution.instance(timer.elementInstanceKey);
    if (owner == null || !owner.isActive() || isClosed(owner.key(), timer.elementId)) {
      timer.cancel();
      return false;
    }
    ExecutableElement element = catchElement(owner, timer.elementId);
    timer.fired(execution.now(), staysOpen(element));
    trigger(owner, element, Map.of());
    execution.run();
    return true;
  }

  /** The element a subscription triggers: the owner itself (a catch event), or one it holds. */
  private ExecutableElement catchElement(ElementInstance owner, String elementId) {
    return owner.element().id().equals(elementId)
        ? owner.element()
        : execution.process().element(elementId);
  }

  /** Whether this command already closed the owner's subscriptions for the catch element. */
  private boolean isClosed(long ownerKey, String elementId) {
    if (!closed.containsKey(ownerKey)) {
      return false;
    }
    Set<String> elementIds = closed.get(ownerKey);
    return elementIds == null || elementIds.contains(elementId);
  }

  /**
   * An error left a child process instance uncaught and reached this instance at the element that
   * called the child: catch it from there up, and continue. Returns false when nothing caught it.
   */
  public boolean catchChildError(
      ElementInstance caller, String code, Map<String, Object> variables, List<String> available) {
    if (!errors.catchError(caller, code, variables, available)) {
      return false;
    }
    execution.run();
    return true;
  }

  /** An escalation left a child process instance uncaught and reached this instance's caller. */
  public boolean catchChildEscalation(
      ElementInstance caller, String code, Map<String, Object> variables) {
    if (!errors.catchEscalation(caller, code, variables)) {
      return false;
    }
    execution.run();
    return true;
  }

  /** Non-interrupting boundary events and event sub-process starts can trigger again. */
  private static boolean staysOpen(ExecutableElement element) {
    boolean attachedOrEventStart =
        element.type() == BpmnElementType.BOUNDARY_EVENT
            || element.flowScope() != null
                && element.flowScope().type() == BpmnElementType.EVENT_SUB_PROCESS;
    return attachedOrEventStart && !element.interrupting();
  }

  /** Triggers a catch element owned by the given instance, with the event's variables. */
  void trigger(ElementInstance owner, ExecutableElement element, Map<String, Object> vars) {
    if (element.type() == BpmnElementType.BOUNDARY_EVENT) {
      ElementInstance scope = execution.instance(owner.flowScopeKey());
      if (element.interrupting()) {
        execution.terminate(owner);
      }
      execution.activateTriggered(scope, element, vars);
    } else if (element.flowScope() != null
        && element.flowScope().type() == BpmnElementType.EVENT_SUB_PROCESS
        && element.type() == BpmnElementType.START_EVENT) {
      if (element.interrupting()) {
        interruptChildren(owner, null);
        closeEventSubProcessStarts(owner);
      }
      eventSubProcessVariables = vars;
      execution.activateChild(owner, element.flowScope());
    } else if (owner.element().type() == BpmnElementType.EVENT_BASED_GATEWAY) {
      ExecutableFlow flow =
          owner.element().outgoing().stream()
              .filter(f -> f.target() == element)
              .findFirst()
              .orElseThrow();
      pendingCatches.put(owner.flowScopeKey() + "/" + element.id(), vars);
      execution.completeTaking(owner, List.of(flow));
    } else {
      execution.mergeResultVariables(owner, vars);
      execution.complete(owner);
    }
  }

  /** For a catch event activated by its event-based gateway's trigger: the event's variables. */
  public Map<String, Object> takePendingCatch(ElementInstance instance) {
    return pendingCatches.remove(instance.flowScopeKey() + "/" + instance.element().id());
  }

  /** For an event sub-process being activated: the variables of the event that triggered it. */
  public Map<String, Object> takeEventSubProcessVariables() {
    Map<String, Object> variables = eventSubProcessVariables;
    eventSubProcessVariables = Map.of();
    return variables;
  }

  /**
   * Terminates everything active inside a scope (but {@code except}) and discards the tokens on
   * their way: an interrupting event sub-process or a terminate end event.
   */
  public void interruptChildren(ElementInstance scope, ElementInstance except) {
    for (ElementInstance child : execution.activeChildren(scope.key())) {
      if (child != except) {
        execution.terminate(child);
      }
    }
    execution.discardPendingTokens(scope.key());
    if (!scope.joinTokens().isEmpty()) {
      scope.joinTokens().clear();
      scope.joinTokensChanged();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Errors and escalations (see ErrorsAndEscalations)

  /**
   * Throws an error from an element instance to the closest error catch event up the scope
   * hierarchy (and beyond the root of a child instance, in its parent); with no catch event at all
   * the thrower gets an incident.
   */
  public void throwError(
      ElementInstance thrower,
      String code,
      String message,
      Map<String, Object> variables,
      Long jobKey) {
    errors.throwError(thrower, code, message, variables, jobKey);
  }

  /** Raises the incident of an error that nothing caught. */
  public void raiseUnhandledError(
      ElementInstance thrower, Long jobKey, String code, String message, List<String> available) {
    errors.raiseUnhandledError(thrower, jobKey, code, message, available);
  }

  /**
   * Throws an escalation from an element instance to the closest escalation catch event up the
   * scope hierarchy (and beyond the root of a child instance, in its parent); nothing happens when
   * no catch event exists.
   */
  public void throwEscalation(ElementInstance thrower, String code, Map<String, Object> variables) {
    errors.throwEscalation(thrower, code, variables);
  }

  // ---------------------------------------------------------------------------------------------
  // Throwing beyond the instance

  /** An element published a message (applied after the instance is written). */
  public void publishMessage(
      String name,
      String correlationKey,
      long timeToLiveMillis,
      String messageId,
      Map<String, Object> variables) {
    followUps.add(
        new FollowUp.MessagePublished(
            name,
            correlationKey,
            timeToLiveMillis,
            messageId,
            variables,
            execution.processInstance().tenantId));
  }

  /** A signal throw event broadcast a signal (applied after the instance is written). */
  public void broadcastSignal(String name, Map<String, Object> variables) {
    followUps.add(new FollowUp.SignalThrown(name, variables, execution.processInstance().tenantId));
  }

  // ---------------------------------------------------------------------------------------------
  // Changes (read by InstanceEventStore)

  List<SubscriptionRecord> newSubscriptions() {
    return newSubscriptions;
  }

  List<TimerRecord> newTimers() {
    return newTimers;
  }

  List<SubscriptionRecord> touchedSubscriptions() {
    return touchedSubscriptions;
  }

  List<TimerRecord> touchedTimers() {
    return touchedTimers;
  }

  Map<Long, Set<String>> closedOwners() {
    return closed;
  }

  /** Whether the process instance ended (completed or was terminated) during this command. */
  boolean endedInThisCommand() {
    return activeAtLoad && !execution.processInstance().isActive();
  }

  /** Something this command causes beyond the instance, applied after it is written. */
  public void addFollowUp(FollowUp followUp) {
    followUps.add(followUp);
  }

  /** Withdraws follow-ups of this command that no longer apply; returns whether one matched. */
  public boolean dropFollowUps(java.util.function.Predicate<FollowUp> which) {
    return followUps.removeIf(which);
  }

  /** What this command causes beyond the instance, in the order it happened. */
  public List<FollowUp> followUps() {
    return followUps;
  }
}
