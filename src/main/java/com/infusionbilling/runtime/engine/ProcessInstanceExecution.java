package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.model.ExecutionListener;
import com.infusionbilling.runtime.model.TaskListener;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.JobResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Executes one command against one process instance, inside the command's transaction, until every
 * token waits (on a job, an incident, or a join). It holds the instance's active state, applies
 * Camunda 8's element lifecycle (input mappings, behaviour, output mappings, outgoing flows, scope
 * completion) and collects every change for {@code InstanceStore} to write.
 *
 * <p>Work is queued on an agenda rather than recursed into, so a scope is only considered complete
 * once every token taken towards it has arrived, and the order of element activation follows the
 * order in which flows were taken.
 */
public final class ProcessInstanceExecution {

  private final ProcessInstanceRecord processInstance;
  private final ExecutableProcess process;
  private final ExpressionLanguage expressions;
  private final BehaviorRegistry behaviors;
  private final LongSupplier keys;
  private final long now;

  private final Map<Long, ElementInstance> instances = new LinkedHashMap<>();
  private final List<ElementInstance> created = new ArrayList<>();
  private final VariableStore variables;
  private final WaitStates waits;
  private FormLookup forms = FormLookup.NONE;

  private final TokenFlow flow = new TokenFlow(this);
  private final InstanceEvents events;
  private final ElementLifecycle lifecycle;
  private final WaitOutcomes outcomes;

  private final VariableMappings mappings = new VariableMappings(this);

  /** Completed activities that compensation can undo, and the handlers compensation invoked. */
  private final Compensations compensations = new Compensations(this);

  ProcessInstanceExecution(
      ProcessInstanceRecord processInstance,
      ExecutableProcess process,
      ExpressionLanguage expressions,
      BehaviorRegistry behaviors,
      LongSupplier keys,
      long now) {
    this.processInstance = processInstance;
    this.process = process;
    this.expressions = expressions;
    this.behaviors = behaviors;
    this.keys = keys;
    this.now = now;
    this.variables = new VariableStore(keys);
    this.events = new InstanceEvents(this, keys);
    this.waits = new WaitStates(this, keys);
    this.lifecycle = new ElementLifecycle(this, behaviors, flow);
    this.outcomes = new WaitOutcomes(this, lifecycle);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors for behaviours and the command layer

  public ExpressionLanguage expressions() {
    return expressions;
  }

  public long now() {
    return now;
  }

  public ProcessInstanceRecord processInstance() {
    return processInstance;
  }

  public ExecutableProcess process() {
    return process;
  }

  public ElementInstance instance(long key) {
    return instances.get(key);
  }

  public VariableStore variables() {
    return variables;
  }

  /** Event subscriptions, timers, errors and escalations of this instance in this command. */
  public InstanceEvents events() {
    return events;
  }

  /** The variables visible to an element instance: its own scope and every scope above. */
  public Map<String, Object> visibleVariables(ElementInstance instance) {
    return variables.visible(scopeChain(instance.key()));
  }

  /** Scope keys from the given element instance up to the process instance, innermost first. */
  public List<Long> scopeChain(long elementInstanceKey) {
    List<Long> chain = new ArrayList<>();
    Long current = elementInstanceKey;
    while (current != null) {
      chain.add(current);
      ElementInstance instance = instances.get(current);
      current = instance == null ? null : instance.flowScopeKey();
    }
    return chain;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading (used by InstanceStore)

  void addLoadedInstance(ElementInstance instance) {
    instances.put(instance.key(), instance);
  }

  /** A new element instance of this command (see {@link ElementLifecycle}). */
  void register(ElementInstance instance) {
    instances.put(instance.key(), instance);
    created.add(instance);
  }

  VariableMappings mappings() {
    return mappings;
  }

  /** Jobs, user tasks and incidents the elements wait on. */
  WaitStates waits() {
    return waits;
  }

  void useForms(FormLookup forms) {
    this.forms = forms;
  }

  /** The deployed forms user tasks link to. */
  public FormLookup forms() {
    return forms;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  /** Starts a new process instance at its none start event with the given variables. */
  void start(Map<String, Object> startVariables) {
    start(startVariables, List.of());
  }

  /**
   * Starts a new process instance with the given variables: at its none start event, or with start
   * instructions before each of the given elements instead (docs.camunda.io "Process instance
   * creation": start instructions share the limitations of process instance modification).
   */
  void start(Map<String, Object> startVariables, List<String> startBeforeElements) {
    if (!startBeforeElements.isEmpty()) {
      ElementInstance root = lifecycle.createRoot();
      variables.setAllLocal(root.key(), startVariables);
      lifecycle.startRoot(root, startBeforeElements);
      run();
      return;
    }
    if (process.root().noneStartEvent() == null) {
      throw new InvalidStateException(
          "Expected to create instance of process with none start event, but there is no such"
              + " event (process '"
              + process.bpmnProcessId()
              + "' starts by message, timer or signal)");
    }
    ElementInstance root = lifecycle.createRoot();
    variables.setAllLocal(root.key(), startVariables);
    lifecycle.startRoot(root, List.of(process.root().noneStartEvent().id()));
    run();
  }

  /** Starts a new process instance at an event start event (message, timer, signal). */
  public void startAt(ExecutableElement startEvent, Map<String, Object> eventVariables) {
    ElementInstance root = lifecycle.createRoot();
    if (process.root().executionListeners(ExecutionListener.EventType.START).isEmpty()) {
      if (events.openAttached(root)) {
        activateTriggered(root, startEvent, eventVariables);
      }
    } else {
      // the event's variables are there for the process's start listeners
      variables.setAllLocal(root.key(), eventVariables == null ? Map.of() : eventVariables);
      lifecycle.startRoot(root, List.of(startEvent.id()));
    }
    run();
  }

  /** A job's worker completed it: merge its variables and complete its element. */
  public void completeJob(JobRecord job, Map<String, Object> jobVariables) {
    completeJob(job, jobVariables, null);
  }

  /** A job's worker completed it, for a listener or ad-hoc sub-process job with a result. */
  public void completeJob(JobRecord job, Map<String, Object> jobVariables, JobResult result) {
    outcomes.completeJob(job, jobVariables, result);
  }

  /** A worker reported failure: retry later, or raise an incident when no retries are left. */
  public void failJob(
      JobRecord job,
      int retries,
      String errorMessage,
      long retryBackOffMillis,
      Map<String, Object> jobVariables) {
    outcomes.failJob(job, retries, errorMessage, retryBackOffMillis, jobVariables);
  }

  /** A worker threw a BPMN error. Without a catching event in scope it becomes an incident. */
  public void throwError(
      JobRecord job, String errorCode, String errorMessage, Map<String, Object> errorVariables) {
    outcomes.throwError(job, errorCode, errorMessage, errorVariables);
  }

  /** Marks an incident resolved and retries the step that raised it. */
  public void resolveIncident(IncidentRecord incident, JobRecord job) {
    outcomes.resolveIncident(incident, job);
  }

  /** A user task was created: its creating listeners run, or the assigning ones if assigned. */
  public void userTaskCreated(ElementInstance instance, UserTaskRecord task) {
    outcomes.userTaskCreated(instance, task);
  }

  /**
   * An API command on a user task (assign, unassign, update, complete): true when the element's
   * task listeners for the event make the transition wait (see {@link WaitOutcomes}).
   */
  public boolean beginUserTaskTransition(
      UserTaskRecord task,
      TaskListener.EventType event,
      String action,
      Map<String, Object> changes,
      Map<String, Object> completionVariables) {
    return outcomes.beginUserTaskTransition(task, event, action, changes, completionVariables);
  }

  /** A user completed a user task: merge its variables and complete its element. */
  public void completeUserTask(UserTaskRecord task, Map<String, Object> taskVariables) {
    outcomes.completeUserTask(task, taskVariables);
  }

  /** Sets variables on a scope: locally, or propagated upward as Camunda does. */
  public void setVariables(long scopeKey, Map<String, Object> newVariables, boolean local) {
    requireActive(scopeKey);
    if (local) {
      variables.setAllLocal(scopeKey, newVariables);
    } else {
      variables.propagate(scopeChain(scopeKey), newVariables);
    }
  }

  /** Cancels the process instance: every active element is terminated. */
  public void cancel() {
    flow.clear();
    ElementInstance root = instances.get(processInstance.key);
    lifecycle.terminate(root);
    processInstance.state = ProcessInstanceState.TERMINATED;
    processInstance.endTime = now;
    processInstance.dirty = true;
  }

  /**
   * A compensation throw or end event: invokes the compensation handlers of its scope and returns
   * true (the event waits for them), or false when nothing is to be compensated.
   */
  public boolean throwCompensation(ElementInstance thrower) {
    return compensations.throwCompensation(thrower);
  }

  Compensations compensations() {
    return compensations;
  }

  long nextKey() {
    return keys.getAsLong();
  }

  /** Activates a compensation handler in the scope whose compensation invoked it. */
  ElementInstance activateCompensationHandler(ElementInstance scope, ExecutableElement handler) {
    ElementInstance instance = lifecycle.createChild(scope, handler);
    lifecycle.activateLater(instance);
    return instance;
  }

  /** Process instance modification: activate elements, terminate element instances. */
  public ProcessInstanceModification modification() {
    return new ProcessInstanceModification(this);
  }

  // ---------------------------------------------------------------------------------------------
  // Element lifecycle (used by behaviours)

  /**
   * Enters a flow scope (an embedded or event sub-process) for an element activated inside it by a
   * modification or start instruction: the scope's boundary events and event sub-processes
   * subscribe, but neither its start event nor its input mappings run.
   */
  ElementInstance enterScopeWithoutStart(ElementInstance parent, ExecutableElement scopeElement) {
    ElementInstance instance = lifecycle.createChild(parent, scopeElement);
    instance.setLifecycle(Lifecycle.ACTIVATED);
    events.openAttached(instance);
    return instance;
  }

  /** Creates and activates an element instance with local variables set before its inputs. */
  void activateWithLocalVariables(
      ElementInstance scope, ExecutableElement element, Map<String, Object> localVariables) {
    ElementInstance instance = lifecycle.createChild(scope, element);
    if (!localVariables.isEmpty()) {
      variables.setAllLocal(instance.key(), localVariables);
    }
    lifecycle.activate(instance);
  }

  /** Whether nothing is active or on its way inside the scope any more. */
  boolean isEmptyScope(ElementInstance scope) {
    return flow.isEmptyScope(scope);
  }

  /** Creates and activates a child element instance inside the given scope. */
  public void activateChild(ElementInstance scope, ExecutableElement element) {
    lifecycle.activateChild(scope, element, null);
  }

  /** Creates and activates a child element instance, entered through the given flow(s). */
  public void activateChild(ElementInstance scope, ExecutableElement element, String enteredBy) {
    lifecycle.activateChild(scope, element, enteredBy);
  }

  /**
   * Creates and activates an element instance that an event triggered (a boundary event, an event
   * start event), merging the event's variables as a task's result variables are merged.
   */
  public void activateTriggered(
      ElementInstance scope, ExecutableElement element, Map<String, Object> eventVariables) {
    ElementInstance instance = lifecycle.createChild(scope, element);
    mergeResultVariables(instance, eventVariables);
    lifecycle.activate(instance);
  }

  /** After the input mappings and start listeners: subscriptions, then the element's behaviour. */
  void continueActivation(ElementInstance instance) {
    lifecycle.continueActivation(instance);
  }

  /** Completes the element instance and takes all its outgoing flows. */
  public void complete(ElementInstance instance) {
    lifecycle.completeTaking(instance, instance.element().outgoing());
  }

  /** Completes the element instance and takes the given outgoing flows. */
  public void completeTaking(ElementInstance instance, Collection<ExecutableFlow> flows) {
    lifecycle.completeTaking(instance, flows);
  }

  /** After the output mappings and end listeners: the element is left. */
  void finishCompleting(ElementInstance instance, Collection<ExecutableFlow> flows) {
    lifecycle.finishCompleting(instance, flows);
  }

  /** For an inner instance of a multi-instance activity: its body; null otherwise. */
  ElementInstance multiInstanceBodyOf(ElementInstance instance) {
    return lifecycle.multiInstanceBodyOf(instance);
  }

  /** Creates an element instance in a scope without activating it (multi-instance inner ones). */
  ElementInstance createInactiveChild(ElementInstance scope, ExecutableElement element) {
    return lifecycle.createChild(scope, element);
  }

  /** Activates a created element instance later in this command, unless it ended meanwhile. */
  void activateLater(ElementInstance instance) {
    lifecycle.activateLater(instance);
  }

  // ---------------------------------------------------------------------------------------------
  // Call activities

  /**
   * The instance a call activity created completed: its variables pass to the call activity (all of
   * them, unless {@code propagateAllChildVariables} is off: then only through the output mappings)
   * and the call activity completes.
   */
  public void completeCallActivity(ElementInstance callActivity, Map<String, Object> childVars) {
    mappings.passChildVariables(callActivity, childVars);
    complete(callActivity);
    run();
  }

  /** Merges result variables of a task (job, script): local with output mappings, else upward. */
  public void mergeResultVariables(ElementInstance instance, Map<String, Object> result) {
    mappings.mergeResult(instance, result);
  }

  public void createJob(
      ElementInstance instance, String type, int retries, Map<String, String> headers) {
    waits.createJob(instance, type, retries, "BPMN_ELEMENT", "UNSPECIFIED", headers);
  }

  /** A new user task for the element instance, waiting for its properties to be set. */
  public UserTaskRecord newUserTask(ElementInstance instance) {
    return waits.newUserTask(instance);
  }

  /** Cancels the user task an element instance waits on (when the element is terminated). */
  public void cancelUserTask(ElementInstance instance) {
    waits.cancelUserTask(instance);
  }

  /** Cancels the job an element instance waits on (when the element is terminated). */
  public void cancelJob(ElementInstance instance) {
    waits.cancelJob(instance);
  }

  public void raiseIncident(
      ElementInstance instance, String errorType, String message, Long jobKey) {
    waits.raiseIncident(instance, errorType, message, jobKey);
  }

  // ---------------------------------------------------------------------------------------------
  // Flows, joins, scopes

  /** Tokens on their way inside the scope are dropped (an interrupting event took over). */
  void discardPendingTokens(long scopeKey) {
    flow.discardPendingTokens(scopeKey);
  }

  Collection<ElementInstance> allInstances() {
    return instances.values();
  }

  List<ElementInstance> activeChildren(long scopeKey) {
    List<ElementInstance> children = new ArrayList<>();
    for (ElementInstance instance : instances.values()) {
      Long flowScope = instance.flowScopeKey();
      if (flowScope != null && flowScope == scopeKey && instance.isActive()) {
        children.add(instance);
      }
    }
    return children;
  }

  /** Terminates an element instance and everything inside it. */
  public void terminate(ElementInstance instance) {
    lifecycle.terminate(instance);
  }

  /** Processes queued work until every token waits, then re-checks inclusive joins. */
  void run() {
    flow.run();
  }

  // ---------------------------------------------------------------------------------------------
  ElementInstance requireActive(long elementInstanceKey) {
    ElementInstance instance = instances.get(elementInstanceKey);
    if (instance == null || !instance.isActive()) {
      throw new IllegalStateException(
          "element instance " + elementInstanceKey + " is not active in this process instance");
    }
    return instance;
  }

  // ---------------------------------------------------------------------------------------------
  // Changes (read by InstanceStore)

  Collection<ElementInstance> touchedInstances() {
    return instances.values();
  }

  /** Jobs this command created that a worker may take now (a waiting worker can have them). */
  public List<JobRecord> newJobsActivatableNow() {
    return waits.newJobsActivatableNow(now);
  }

  /** Types of this command's jobs that are alive, not activated and activatable (now or later). */
  public Set<String> typesOfJobsAwaitingActivation() {
    return waits.typesOfJobsAwaitingActivation();
  }

  /** Job types that got a job ready for activation in this command (to wake waiting workers). */
  public Set<String> activatableJobTypes() {
    return waits.activatableJobTypes();
  }
}
