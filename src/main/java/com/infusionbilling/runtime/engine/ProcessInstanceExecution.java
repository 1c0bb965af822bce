package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.model.ExecutionListener;
import com.infusionbilling.runtime.model.Mapping;
import com.infusionbilling.runtime.model.TaskListener;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
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
      ElementInstance root = createRoot();
      variables.setAllLocal(root.key(), startVariables);
      startRoot(root, startBeforeElements);
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
    ElementInstance root = createRoot();
    variables.setAllLocal(root.key(), startVariables);
    startRoot(root, List.of(process.root().noneStartEvent().id()));
    run();
  }

  /** Starts a new process instance at an event start event (message, timer, signal). */
  public void startAt(ExecutableElement startEvent, Map<String, Object> eventVariables) {
    ElementInstance root = createRoot();
    if (process.root().executionListeners(ExecutionListener.EventType.START).isEmpty()) {
      if (events.openAttached(root)) {
        activateTriggered(root, startEvent, eventVariables);
      }
    } else {
      // the event's variables are there for the process's start listeners
      variables.setAllLocal(root.key(), eventVariables == null ? Map.of() : eventVariables);
      startRoot(root, List.of(startEvent.id()));
    }
    run();
  }

  /**
   * Runs the process's start listeners, then opens its subscriptions and starts it at the given
   * elements: its none or event start event, or the elements of start instructions.
   */
  private void startRoot(ElementInstance root, List<String> startAt) {
    root.setPendingStart(new ArrayList<>(startAt));
    root.setLifecycle(Lifecycle.ACTIVATING);
    if (ExecutionListenerRunner.start(this, root)) {
      continueActivation(root);
    }
  }

  private ElementInstance createRoot() {
    ElementInstance root =
        new ElementInstance(
            processInstance.key,
            process.root(),
            null,
            now,
            Lifecycle.ACTIVATED,
            null,
            null,
            null,
            null,
            false);
    instances.put(root.key(), root);
    created.add(root);
    return root;
  }

  /** A job's worker completed it: merge its variables and complete its element. */
  public void completeJob(JobRecord job, Map<String, Object> jobVariables) {
    completeJob(job, jobVariables, null);
  }

  /** A job's worker completed it, for a listener or ad-hoc sub-process job with a result. */
  public void completeJob(JobRecord job, Map<String, Object> jobVariables, JobResult result) {
    if (TaskListenerRunner.KIND.equals(job.kind)) {
      waits.markCompleted(job);
      TaskListenerRunner.completed(this, job, jobVariables, result);
      run();
      return;
    }
    if (result != null) {
      throw new InvalidArgumentException(
          "Expected to complete job with key '"
              + job.key
              + "' without a result: job results (corrections, denial, elements to activate)"
              + " apply to task listener and ad-hoc sub-process jobs");
    }
    ElementInstance instance = requireActive(job.elementInstanceKey);
    waits.markCompleted(job);
    if (ExecutionListenerRunner.KIND.equals(job.kind)) {
      ExecutionListenerRunner.completed(this, instance, job, jobVariables);
      run();
      return;
    }
    mergeResultVariables(instance, jobVariables);
    complete(instance);
    run();
  }

  // ---------------------------------------------------------------------------------------------
  // User task lifecycle with task listeners

  /** A user task was created: its creating listeners run, or the assigning ones if assigned. */
  public void userTaskCreated(ElementInstance instance, UserTaskRecord task) {
    waits.putUserTask(task);
    if (!TaskListenerRunner.begin(
        this, instance, task, TaskListener.EventType.CREATING, null, Map.of(), Map.of())) {
      TaskListenerRunner.afterCreated(this, instance, task);
    }
  }

  /**
   * An API command on a user task (assign, unassign, update, complete): when the element has
   * listeners for the event, the transition waits for them and true is returned; otherwise nothing
   * happens here and false is returned.
   */
  public boolean beginUserTaskTransition(
      UserTaskRecord task,
      TaskListener.EventType event,
      String action,
      Map<String, Object> changes,
      Map<String, Object> completionVariables) {
    ElementInstance instance = requireActive(task.elementInstanceKey);
    waits.putUserTask(task);
    boolean waiting =
        TaskListenerRunner.begin(this, instance, task, event, action, changes, completionVariables);
    task.markDirty();
    run();
    return waiting;
  }

  /** A user completed a user task: merge its variables and complete its element. */
  public void completeUserTask(UserTaskRecord task, Map<String, Object> taskVariables) {
    ElementInstance instance = requireActive(task.elementInstanceKey);
    task.state = "COMPLETED";
    task.completionTime = now;
    task.markDirty();
    mergeResultVariables(instance, taskVariables);
    complete(instance);
    run();
  }

  /** A worker reported failure: retry later, or raise an incident when no retries are left. */
  public void failJob(
      JobRecord job,
      int retries,
      String errorMessage,
      long retryBackOffMillis,
      Map<String, Object> jobVariables) {
    ElementInstance instance = requireActive(job.elementInstanceKey);
    variables.setAllLocal(instance.key(), jobVariables);
    job.state = JobState.FAILED;
    job.retries = Math.max(retries, 0);
    job.errorMessage = errorMessage;
    job.deadline = null;
    job.worker = null;
    job.markDirty();
    if (retries > 0) {
      job.failedWithRetriesLeft = true;
      job.activatableAt = now + Math.max(retryBackOffMillis, 0);
      waits.activatable(job);
    } else {
      job.failedWithRetriesLeft = false;
      job.activatableAt = null;
      String message =
          errorMessage == null || errorMessage.isBlank() ? "No more retries left." : errorMessage;
      raiseIncident(instance, "JOB_NO_RETRIES", message, job.key);
    }
    run();
  }

  /** A worker threw a BPMN error. Without a catching event in scope it becomes an incident. */
  public void throwError(
      JobRecord job, String errorCode, String errorMessage, Map<String, Object> errorVariables) {
    if (!"BPMN_ELEMENT".equals(job.kind)) {
      throw new InvalidStateException(
          "Expected to throw an error for job with key '"
              + job.key
              + "', but it is a "
              + job.kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + " job, for which Camunda does not support throwing BPMN errors");
    }
    ElementInstance instance = requireActive(job.elementInstanceKey);
    job.state = JobState.ERROR_THROWN;
    job.errorCode = errorCode;
    job.errorMessage = errorMessage;
    job.activatableAt = null;
    job.deadline = null;
    job.markDirty();
    events.throwError(instance, errorCode, errorMessage, errorVariables, job.key);
    run();
  }

  /** Marks an incident resolved and retries the step that raised it. */
  public void resolveIncident(IncidentRecord incident, JobRecord job) {
    incident.state = "RESOLVED";
    incident.resolvedTime = now;
    incident.dirty = true;
    ElementInstance instance = instances.get(incident.elementInstanceKey);
    if (instance == null || !instance.isActive()) {
      return;
    }
    instance.setIncidentKey(null);
    if (job != null) {
      if (job.retries > 0) {
        job.activatableAt = now;
        job.deadline = null;
        job.worker = null;
        job.markDirty();
        waits.activatable(job);
      } else {
        raiseIncident(instance, incident.errorType, incident.errorMessage, job.key);
      }
      return;
    }
    if (instance.element().type() == BpmnElementType.USER_TASK
        && instance.lifecycle() == Lifecycle.ACTIVATED
        && TaskListenerRunner.retry(this, instance)) {
      run(); // a task listener's expression failed: the transition's listeners run again
      return;
    }
    switch (instance.lifecycle()) {
      case ACTIVATING -> activate(instance);
      case ACTIVATED -> behaviors.of(instance).onActivated(this, instance);
      case COMPLETING -> completeTaking(instance, instance.element().outgoing());
      default -> {}
    }
    run();
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
    terminate(root);
    processInstance.state = "TERMINATED";
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
    ElementInstance instance = createChild(scope, handler);
    flow.later(
        () -> {
          if (instance.isActive() && instance.lifecycle() == Lifecycle.ACTIVATING) {
            activate(instance);
          }
        });
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
    ElementInstance instance = createChild(parent, scopeElement);
    instance.setLifecycle(Lifecycle.ACTIVATED);
    events.openAttached(instance);
    return instance;
  }

  /** Creates and activates an element instance with local variables set before its inputs. */
  void activateWithLocalVariables(
      ElementInstance scope, ExecutableElement element, Map<String, Object> localVariables) {
    ElementInstance instance = createChild(scope, element);
    if (!localVariables.isEmpty()) {
      variables.setAllLocal(instance.key(), localVariables);
    }
    activate(instance);
  }

  /** Whether nothing is active or on its way inside the scope any more. */
  boolean isEmptyScope(ElementInstance scope) {
    return flow.isEmptyScope(scope);
  }

  /** Creates and activates a child element instance inside the given scope. */
  public void activateChild(ElementInstance scope, ExecutableElement element) {
    activateChild(scope, element, null);
  }

  /** Creates and activates a child element instance, entered through the given flow(s). */
  public void activateChild(ElementInstance scope, ExecutableElement element, String enteredBy) {
    ElementInstance instance = createChild(scope, element);
    instance.setEnteredBy(enteredBy);
    activate(instance);
  }

  /**
   * Creates and activates an element instance that an event triggered (a boundary event, an event
   * start event), merging the event's variables as a task's result variables are merged.
   */
  public void activateTriggered(
      ElementInstance scope, ExecutableElement element, Map<String, Object> eventVariables) {
    ElementInstance instance = createChild(scope, element);
    mergeResultVariables(instance, eventVariables);
    activate(instance);
  }

  private ElementInstance createChild(ElementInstance scope, ExecutableElement element) {
    ElementInstance instance =
        new ElementInstance(
            keys.getAsLong(),
            element,
            scope.key(),
            now,
            Lifecycle.ACTIVATING,
            null,
            null,
            null,
            null,
            false);
    instance.setMultiInstanceBody(element.isMultiInstance() && scope.element() != element);
    instances.put(instance.key(), instance);
    created.add(instance);
    return instance;
  }

  private void activate(ElementInstance instance) {
    instance.setLifecycle(Lifecycle.ACTIVATING);
    // the mappings of a multi-instance activity apply to its inner instances, not to the body
    List<Mapping> inputs = instance.wrapsElement() ? List.of() : instance.element().inputs();
    if (!inputs.isEmpty()) {
      try {
        mappings.applyInputs(instance, inputs);
      } catch (ExpressionException e) {
        raiseIncident(instance, "IO_MAPPING_ERROR", e.getMessage(), null);
        return;
      }
    }
    if (instance.key() == processInstance.key) {
      startRoot(instance, instance.pendingStart() == null ? List.of() : instance.pendingStart());
      return;
    }
    if (ExecutionListenerRunner.start(this, instance)) {
      continueActivation(instance);
    }
  }

  /** After the input mappings and start listeners: subscriptions, then the element's behaviour. */
  void continueActivation(ElementInstance instance) {
    if (!events.openAttached(instance)) {
      return; // a boundary event or event sub-process could not subscribe: an incident
    }
    instance.setLifecycle(Lifecycle.ACTIVATED);
    if (instance.key() == processInstance.key) {
      List<String> startAt = instance.pendingStart() == null ? List.of() : instance.pendingStart();
      instance.setPendingStart(null);
      for (String elementId : startAt) {
        ExecutableElement element = process.element(elementId);
        if (element == process.root().noneStartEvent()
            || process.root().eventStartEvents().contains(element)) {
          activateChild(instance, element);
        } else {
          new ProcessInstanceModification(this).startBefore(List.of(elementId));
        }
      }
      return;
    }
    behaviors.of(instance).onActivated(this, instance);
  }

  /** Completes the element instance and takes all its outgoing flows. */
  public void complete(ElementInstance instance) {
    completeTaking(instance, instance.element().outgoing());
  }

  /** Completes the element instance and takes the given outgoing flows. */
  public void completeTaking(ElementInstance instance, Collection<ExecutableFlow> flows) {
    instance.setLifecycle(Lifecycle.COMPLETING);
    List<Mapping> outputs = instance.wrapsElement() ? List.of() : instance.element().outputs();
    if (!outputs.isEmpty()) {
      try {
        mappings.applyOutputs(instance, outputs);
      } catch (ExpressionException e) {
        raiseIncident(instance, "IO_MAPPING_ERROR", e.getMessage(), null);
        return;
      }
    }
    if (!ExecutionListenerRunner.end(this, instance)) {
      return; // the end listeners run first (flows: the element's outgoing ones, see the runner)
    }
    finishCompleting(instance, flows);
  }

  /** After the output mappings and end listeners: the element is left. */
  void finishCompleting(ElementInstance instance, Collection<ExecutableFlow> flows) {
    if (instance.isAdHocInnerInstance()) {
      AdHocSubProcessBehavior.innerCompleting(this, instance);
      return;
    }
    ElementInstance body = multiInstanceBodyOf(instance);
    boolean completionConditionMet = false;
    if (body != null) {
      try {
        completionConditionMet = MultiInstanceBehavior.collectOutput(this, body, instance);
      } catch (ExpressionException e) {
        raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
        return;
      }
    }
    if (instance.isMultiInstanceBody()) {
      MultiInstanceBehavior.propagateOutputCollection(this, instance);
    } else if (instance.element().adHoc() != null) {
      AdHocSubProcessBehavior.propagateOutputCollection(this, instance);
    }
    instance.setLifecycle(Lifecycle.COMPLETED);
    instance.setEndTime(now);
    events.closeAll(instance);
    compensations.completed(instance);
    compensations.handlerCompleted(instance);
    if (processInstance.terminateAfter().contains(instance.element().id())
        && body == null
        && instance.key() != processInstance.key) {
      cancel(); // a runtime instruction: the instance ends once this element completed
      return;
    }
    if (body != null) {
      MultiInstanceBehavior.innerCompleted(this, body, instance, completionConditionMet);
      return;
    }
    if (instance.key() == processInstance.key) {
      processInstance.state = "COMPLETED";
      processInstance.endTime = now;
      processInstance.dirty = true;
      if (processInstance.parentProcessInstanceKey != null
          && processInstance.parentElementInstanceKey != null) {
        events.addFollowUp(
            new FollowUp.CalledInstanceCompleted(
                processInstance.parentProcessInstanceKey,
                processInstance.parentElementInstanceKey,
                variables.local(processInstance.key)));
      }
      return;
    }
    ElementInstance scope = instances.get(instance.flowScopeKey());
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
    ElementInstance scope = instances.get(instance.flowScopeKey());
    return scope != null && scope.isMultiInstanceBody() ? scope : null;
  }

  /** Creates an element instance in a scope without activating it (multi-instance inner ones). */
  ElementInstance createInactiveChild(ElementInstance scope, ExecutableElement element) {
    return createChild(scope, element);
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
    if (!instance.isActive()) {
      return;
    }
    for (ElementInstance child : activeChildren(instance.key())) {
      terminate(child);
    }
    behaviors.of(instance).onTerminating(this, instance);
    compensations.terminated(instance);
    if (instance.listenerIndex() != null) {
      cancelJob(instance); // a listener job the instance waited on
      instance.setListenerIndex(null);
    }
    events.closeAll(instance);
    if (instance.incidentKey() != null) {
      waits.resolveLater(instance.incidentKey());
      instance.setIncidentKey(null);
    }
    instance.joinTokens().clear();
    instance.joinTokensChanged();
    instance.setLifecycle(Lifecycle.TERMINATED);
    instance.setEndTime(now);
  }

  /** Processes queued work until every token waits, then re-checks inclusive joins. */
  void run() {
    flow.run();
  }

  // ---------------------------------------------------------------------------------------------
  private ElementInstance requireActive(long elementInstanceKey) {
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

  /** Job types that got a job ready for activation in this command (to wake waiting workers). */
  public Set<String> activatableJobTypes() {
    return waits.activatableJobTypes();
  }
}
