package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.model.ExecutionListener;
import com.infusionbilling.runtime.model.Mapping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
  private final Map<Long, JobRecord> jobs = new LinkedHashMap<>();
  private final List<IncidentRecord> incidents = new ArrayList<>();
  private final Set<Long> canceledJobs = new LinkedHashSet<>();
  private final Set<Long> resolvedIncidents = new LinkedHashSet<>();
  private final Set<String> activatableJobTypes = new LinkedHashSet<>();
  private final Map<Long, UserTaskRecord> userTasks = new LinkedHashMap<>();
  private final Set<Long> canceledUserTaskElements = new LinkedHashSet<>();
  private FormLookup forms = FormLookup.NONE;

  private final Deque<Runnable> agenda = new ArrayDeque<>();
  private final InstanceEvents events;

  /** Variables output mappings read besides the visible ones (a called instance's): key → vars. */
  private final Map<Long, Map<String, Object>> outputContexts = new HashMap<>();

  /** Completed activities that compensation can undo, and the handlers compensation invoked. */
  private final Compensations compensations = new Compensations(this);

  /** Tokens on their way (flow taken, target not yet activated): scope key → element id → n. */
  private final Map<Long, Map<String, Integer>> pendingTokens = new HashMap<>();

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

  void addLoadedJob(JobRecord job) {
    jobs.put(job.key, job);
  }

  void addLoadedUserTask(UserTaskRecord task) {
    userTasks.put(task.key, task);
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
      throw new com.infusionbilling.runtime.command.InvalidStateException(
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
  public void completeJob(
      JobRecord job,
      Map<String, Object> jobVariables,
      com.infusionbilling.runtime.command.JobResult result) {
    if (TaskListenerRunner.KIND.equals(job.kind)) {
      markCompleted(job);
      TaskListenerRunner.completed(this, job, jobVariables, result);
      run();
      return;
    }
    if (result != null) {
      throw new com.infusionbilling.runtime.command.InvalidArgumentException(
          "Expected to complete job with key '"
              + job.key
              + "' without a result: job results (corrections, denial, elements to activate)"
              + " apply to task listener and ad-hoc sub-process jobs");
    }
    ElementInstance instance = requireActive(job.elementInstanceKey);
    markCompleted(job);
    if (ExecutionListenerRunner.KIND.equals(job.kind)) {
      ExecutionListenerRunner.completed(this, instance, job, jobVariables);
      run();
      return;
    }
    mergeResultVariables(instance, jobVariables);
    complete(instance);
    run();
  }

  private void markCompleted(JobRecord job) {
    job.state = "COMPLETED";
    job.activatableAt = null;
    job.deadline = null;
    job.endTime = now;
    job.markDirty();
  }

  // ---------------------------------------------------------------------------------------------
  // User task lifecycle with task listeners

  private java.util.function.LongFunction<UserTaskRecord> userTaskLoader = key -> null;

  void useUserTaskLoader(java.util.function.LongFunction<UserTaskRecord> loader) {
    this.userTaskLoader = loader;
  }

  /** The open (not completed or canceled) user task of an element instance, loaded on demand. */
  UserTaskRecord openUserTaskOf(long elementInstanceKey) {
    for (UserTaskRecord task : userTasks.values()) {
      if (task.elementInstanceKey == elementInstanceKey && task.isOpen()) {
        return task;
      }
    }
    UserTaskRecord task = userTaskLoader.apply(elementInstanceKey);
    if (task != null) {
      userTasks.put(task.key, task);
    }
    return task;
  }

  /** A user task was created: its creating listeners run, or the assigning ones if assigned. */
  public void userTaskCreated(ElementInstance instance, UserTaskRecord task) {
    createUserTask(task);
    if (!TaskListenerRunner.begin(
        this,
        instance,
        task,
        com.infusionbilling.runtime.model.TaskListener.EventType.CREATING,
        null,
        Map.of(),
        Map.of())) {
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
      com.infusionbilling.runtime.model.TaskListener.EventType event,
      String action,
      Map<String, Object> changes,
      Map<String, Object> completionVariables) {
    ElementInstance instance = requireActive(task.elementInstanceKey);
    userTasks.put(task.key, task);
    boolean waits =
        TaskListenerRunner.begin(this, instance, task, event, action, changes, completionVariables);
    task.markDirty();
    run();
    return waits;
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
    job.state = "FAILED";
    job.retries = Math.max(retries, 0);
    job.errorMessage = errorMessage;
    job.deadline = null;
    job.worker = null;
    job.markDirty();
    if (retries > 0) {
      job.failedWithRetriesLeft = true;
      job.activatableAt = now + Math.max(retryBackOffMillis, 0);
      activatableJobTypes.add(job.type);
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
      throw new com.infusionbilling.runtime.command.InvalidStateException(
          "Expected to throw an error for job with key '"
              + job.key
              + "', but it is a "
              + job.kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + " job, for which Camunda does not support throwing BPMN errors");
    }
    ElementInstance instance = requireActive(job.elementInstanceKey);
    job.state = "ERROR_THROWN";
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
        activatableJobTypes.add(job.type);
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
    agenda.clear();
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
    agenda.add(
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
    return activeChildren(scope.key()).isEmpty()
        && !hasPendingTokens(scope.key())
        && !scope.hasJoinTokens();
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
    List<Mapping> inputs = instance.isMultiInstanceBody() ? List.of() : instance.element().inputs();
    if (!inputs.isEmpty()) {
      try {
        applyInputs(instance, inputs);
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
    List<Mapping> outputs =
        instance.isMultiInstanceBody() ? List.of() : instance.element().outputs();
    if (!outputs.isEmpty()) {
      try {
        applyOutputs(instance, outputs);
      } catch (ExpressionException e) {
        Map<String, Object> extra = outputContexts.remove(instance.key());
        if (extra != null) {
          variables.setAllLocal(instance.key(), extra); // kept so resolving can map them again
        }
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
      agenda.add(() -> checkScopeCompletion(scope));
      return;
    }
    for (ExecutableFlow flow : flows) {
      takeFlow(scope, flow);
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
    agenda.add(
        () -> {
          if (instance.isActive() && instance.lifecycle() == Lifecycle.ACTIVATING) {
            activate(instance);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Call activities

  /**
   * A call activity asks for an instance of the called process; it is created after this instance
   * is written, in the same transaction, with the given variables.
   */
  public void callProcess(
      ElementInstance callActivity, String processId, Map<String, Object> childVariables) {
    events.addFollowUp(
        new FollowUp.CallActivityActivated(
            processInstance.key,
            callActivity.key(),
            processInstance.processDefinitionKey,
            processInstance.tenantId,
            processInstance.rootProcessInstanceKey,
            processInstance.treePath(),
            processId,
            callActivity.element().calledElement(),
            childVariables));
  }

  /** A call activity is terminated: the instance it called (if any yet) is terminated too. */
  public void terminateCalledInstance(ElementInstance callActivity) {
    boolean notYetCreated =
        events.dropFollowUps(
            f ->
                f instanceof FollowUp.CallActivityActivated activated
                    && activated.elementInstanceKey() == callActivity.key());
    if (!notYetCreated) {
      events.addFollowUp(
          new FollowUp.CallActivityTerminated(processInstance.key, callActivity.key()));
    }
  }

  /**
   * The instance a call activity created completed: its variables pass to the call activity (all of
   * them, unless {@code propagateAllChildVariables} is off: then only through the output mappings)
   * and the call activity completes.
   */
  public void completeCallActivity(ElementInstance callActivity, Map<String, Object> childVars) {
    if (callActivity.element().calledElement().propagateAllChildVariables()) {
      mergeResultVariables(callActivity, childVars);
    } else if (!callActivity.element().outputs().isEmpty() && childVars != null) {
      // the output mappings read the child's variables, which are not stored in the caller
      outputContexts.put(callActivity.key(), childVars);
    }
    complete(callActivity);
    run();
  }

  /** Merges result variables of a task (job, script): local with output mappings, else upward. */
  public void mergeResultVariables(ElementInstance instance, Map<String, Object> result) {
    if (result == null || result.isEmpty()) {
      return;
    }
    if (!instance.element().outputs().isEmpty()) {
      variables.setAllLocal(instance.key(), result);
    } else {
      variables.propagate(scopeChain(instance.key()), result);
    }
  }

  public void createJob(
      ElementInstance instance, String type, int retries, Map<String, String> headers) {
    createListenerJob(instance, type, retries, "BPMN_ELEMENT", "UNSPECIFIED", headers);
  }

  /** Creates a job of the given kind (a task's, or a listener's) the element instance waits on. */
  JobRecord createListenerJob(
      ElementInstance instance,
      String type,
      int retries,
      String kind,
      String listenerEventType,
      Map<String, String> headers) {
    JobRecord job =
        new JobRecord(
            keys.getAsLong(),
            type,
            processInstance.key,
            instance.key(),
            instance.element().id(),
            processInstance.bpmnProcessId,
            processInstance.processDefinitionKey,
            processInstance.version,
            processInstance.tenantId,
            now,
            headers,
            kind,
            listenerEventType,
            false);
    job.state = "CREATED";
    job.retries = retries;
    job.activatableAt = now;
    job.scopePath =
        scopeChain(instance.key()).stream()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(","));
    jobs.put(job.key, job);
    instance.setJobKey(job.key);
    activatableJobTypes.add(type);
    return job;
  }

  /** A new user task for the element instance, waiting for its properties to be set. */
  public UserTaskRecord newUserTask(ElementInstance instance) {
    ExecutableElement element = instance.element();
    return new UserTaskRecord(
        keys.getAsLong(),
        instance.key(),
        processInstance.key,
        processInstance.processDefinitionKey,
        processInstance.bpmnProcessId,
        processInstance.version,
        processInstance.processName,
        element.id(),
        element.name() == null || element.name().isBlank() ? element.id() : element.name(),
        processInstance.tenantId,
        now,
        scopeChain(instance.key()).stream()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(",")),
        false);
  }

  /** Creates the user task; the element instance waits until it is completed. */
  public void createUserTask(UserTaskRecord task) {
    userTasks.put(task.key, task);
  }

  /** Cancels the user task an element instance waits on (when the element is terminated). */
  public void cancelUserTask(ElementInstance instance) {
    if (TaskListenerRunner.hasListeners(
        instance, com.infusionbilling.runtime.model.TaskListener.EventType.CANCELING)) {
      UserTaskRecord task = openUserTaskOf(instance.key());
      if (task != null) {
        if (task.pendingTransition != null) {
          cancelJob(instance); // the interrupted transition's listener job
          task.pendingTransition = null;
        }
        TaskListenerRunner.begin(
            this,
            instance,
            task,
            com.infusionbilling.runtime.model.TaskListener.EventType.CANCELING,
            null,
            Map.of(),
            Map.of());
        task.markDirty();
        return;
      }
    }
    for (UserTaskRecord task : userTasks.values()) {
      if (task.elementInstanceKey == instance.key() && task.isWaiting()) {
        task.state = "CANCELED";
        task.completionTime = now;
        task.markDirty();
      }
    }
    canceledUserTaskElements.add(instance.key());
  }

  /** Cancels the job an element instance waits on (when the element is terminated). */
  public void cancelJob(ElementInstance instance) {
    Long jobKey = instance.jobKey();
    if (jobKey == null) {
      return;
    }
    JobRecord job = jobs.get(jobKey);
    if (job != null) {
      if (job.isAlive()) {
        job.state = "CANCELED";
        job.activatableAt = null;
        job.deadline = null;
        job.endTime = now;
        job.markDirty();
      }
    } else {
      canceledJobs.add(jobKey);
    }
  }

  public void raiseIncident(
      ElementInstance instance, String errorType, String message, Long jobKey) {
    IncidentRecord incident =
        new IncidentRecord(
            keys.getAsLong(),
            processInstance.key,
            processInstance.processDefinitionKey,
            processInstance.bpmnProcessId,
            instance.key(),
            instance.element().id(),
            jobKey,
            errorType,
            message,
            now,
            processInstance.tenantId,
            "ACTIVE",
            null,
            false);
    incidents.add(incident);
    instance.setIncidentKey(incident.key);
  }

  // ---------------------------------------------------------------------------------------------
  // Flows, joins, scopes

  private void takeFlow(ElementInstance scope, ExecutableFlow flow) {
    String targetId = flow.target().id();
    Map<String, Integer> tokens = pendingTokens.computeIfAbsent(scope.key(), k -> new HashMap<>());
    tokens.merge(targetId, 1, Integer::sum);
    agenda.add(
        () -> {
          tokens.merge(targetId, -1, Integer::sum);
          if (!scope.isActive() || pendingTokens.get(scope.key()) != tokens) {
            return; // the scope ended, or an interrupting event discarded its tokens
          }
          ExecutableElement target = flow.target();
          if (target.isJoin()) {
            scope
                .joinTokens()
                .computeIfAbsent(target.id(), k -> new LinkedHashMap<>())
                .merge(flow.id(), 1, Integer::sum);
            scope.joinTokensChanged();
            tryJoin(scope, target);
          } else {
            activateChild(scope, target, flow.isSequenceFlow() ? flow.id() : null);
          }
        });
  }

  /** Fires a join gateway once its condition holds; returns whether it fired. */
  private boolean tryJoin(ElementInstance scope, ExecutableElement gateway) {
    Map<String, Integer> tokens = scope.joinTokens().get(gateway.id());
    if (tokens == null) {
      return false;
    }
    boolean fire;
    if (gateway.type() == BpmnElementType.PARALLEL_GATEWAY) {
      fire = gateway.incoming().stream().allMatch(f -> tokens.getOrDefault(f.id(), 0) > 0);
    } else {
      boolean any = tokens.values().stream().anyMatch(n -> n > 0);
      fire =
          any
              && gateway.incoming().stream()
                  .filter(f -> tokens.getOrDefault(f.id(), 0) == 0)
                  .noneMatch(f -> tokenCanStillArrive(scope, gateway, f));
    }
    if (!fire) {
      return false;
    }
    List<String> consumed = new ArrayList<>();
    for (ExecutableFlow flow : gateway.incoming()) {
      if (tokens.getOrDefault(flow.id(), 0) > 0) {
        consumed.add(flow.id());
      }
      tokens.computeIfPresent(flow.id(), (k, n) -> n > 1 ? n - 1 : null);
    }
    if (tokens.isEmpty()) {
      scope.joinTokens().remove(gateway.id());
    }
    scope.joinTokensChanged();
    activateChild(scope, gateway, String.join(",", consumed));
    return true;
  }

  private boolean tokenCanStillArrive(
      ElementInstance scope, ExecutableElement gateway, ExecutableFlow incoming) {
    Set<String> upstream = gateway.reachableFrom(incoming);
    if (upstream.isEmpty()) {
      return false;
    }
    for (ElementInstance child : activeChildren(scope.key())) {
      if (upstream.contains(child.element().id())) {
        return true;
      }
    }
    Map<String, Integer> pending = pendingTokens.getOrDefault(scope.key(), Map.of());
    for (Map.Entry<String, Integer> entry : pending.entrySet()) {
      if (entry.getValue() > 0 && upstream.contains(entry.getKey())) {
        return true;
      }
    }
    for (Map.Entry<String, Map<String, Integer>> join : scope.joinTokens().entrySet()) {
      if (!join.getKey().equals(gateway.id())
          && upstream.contains(join.getKey())
          && join.getValue().values().stream().anyMatch(n -> n > 0)) {
        return true;
      }
    }
    return false;
  }

  private void checkScopeCompletion(ElementInstance scope) {
    if (scope == null || scope.lifecycle() != Lifecycle.ACTIVATED) {
      return;
    }
    if (!activeChildren(scope.key()).isEmpty()
        || hasPendingTokens(scope.key())
        || scope.hasJoinTokens()) {
      return;
    }
    complete(scope);
  }

  private boolean hasPendingTokens(long scopeKey) {
    return pendingTokens.getOrDefault(scopeKey, Map.of()).values().stream().anyMatch(n -> n > 0);
  }

  /** Tokens on their way inside the scope are dropped (an interrupting event took over). */
  void discardPendingTokens(long scopeKey) {
    pendingTokens.remove(scopeKey);
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
      resolvedIncidents.add(instance.incidentKey());
      instance.setIncidentKey(null);
    }
    instance.joinTokens().clear();
    instance.joinTokensChanged();
    instance.setLifecycle(Lifecycle.TERMINATED);
    instance.setEndTime(now);
  }

  /** Processes queued work until every token waits, then re-checks inclusive joins. */
  void run() {
    while (true) {
      while (!agenda.isEmpty()) {
        agenda.poll().run();
      }
      if (!fireWaitingInclusiveJoins()) {
        return;
      }
    }
  }

  private boolean fireWaitingInclusiveJoins() {
    for (ElementInstance scope : new ArrayList<>(instances.values())) {
      if (!scope.isActive() || scope.joinTokens().isEmpty()) {
        continue;
      }
      for (String gatewayId : new ArrayList<>(scope.joinTokens().keySet())) {
        ExecutableElement gateway = process.element(gatewayId);
        if (gateway.type() == BpmnElementType.INCLUSIVE_GATEWAY && tryJoin(scope, gateway)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Variable mappings

  private void applyInputs(ElementInstance instance, List<Mapping> inputs) {
    // Inputs are evaluated against the element's parent scopes plus inputs already applied.
    Map<String, Object> context = new HashMap<>(visibleVariables(instance));
    Map<String, Object> local = new LinkedHashMap<>();
    for (Mapping mapping : inputs) {
      Object value = expressions.evaluate(mapping.source(), context);
      VariablePaths.assign(local, context, mapping.target(), value);
    }
    variables.setAllLocal(instance.key(), local);
  }

  private void applyOutputs(ElementInstance instance, List<Mapping> outputs) {
    Map<String, Object> context = new HashMap<>(visibleVariables(instance));
    Map<String, Object> extra = outputContexts.get(instance.key());
    if (extra != null) {
      context.putAll(extra);
    }
    ElementInstance scope = instances.get(instance.flowScopeKey());
    Map<String, Object> parentVisible =
        scope == null ? new HashMap<>() : new HashMap<>(visibleVariables(scope));
    Map<String, Object> result = new LinkedHashMap<>();
    for (Mapping mapping : outputs) {
      Object value = expressions.evaluate(mapping.source(), context);
      VariablePaths.assign(result, parentVisible, mapping.target(), value);
    }
    if (scope != null) {
      variables.propagate(scopeChain(scope.key()), result);
    }
  }

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

  Collection<JobRecord> jobs() {
    return jobs.values();
  }

  List<IncidentRecord> incidents() {
    return incidents;
  }

  Set<Long> canceledJobKeys() {
    return canceledJobs;
  }

  Collection<UserTaskRecord> userTasks() {
    return userTasks.values();
  }

  Set<Long> canceledUserTaskElements() {
    return canceledUserTaskElements;
  }

  Set<Long> resolvedIncidentKeys() {
    return resolvedIncidents;
  }

  /** Job types that got a job ready for activation in this command (to wake waiting workers). */
  public Set<String> activatableJobTypes() {
    return activatableJobTypes;
  }
}
