package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flow node (or the process itself) in the executable graph, built once per process definition
 * from the parsed BPMN. Behaviour-specific attributes are plain fields; the graph is not changed
 * after the transformer has built it.
 */
public final class ExecutableElement {
  private final String id;
  private final String name;
  private final BpmnElementType type;
  private final ExecutableElement flowScope;
  private final List<ExecutableFlow> incoming = new ArrayList<>();
  private final List<ExecutableFlow> outgoing = new ArrayList<>();
  private final List<ExecutableElement> children = new ArrayList<>();
  private ExecutableFlow defaultFlow;
  private List<Mapping> inputs = List.of();
  private List<Mapping> outputs = List.of();
  private JobDefinition jobDefinition;
  private UserTaskDefinition userTaskDefinition;
  private Expression scriptExpression;
  private String scriptResultVariable;
  private CalledDecision calledDecision;
  private ExecutableElement noneStartEvent;
  private CalledElement calledElement;
  private LoopCharacteristics loopCharacteristics;
  private AdHocDefinition adHoc;
  private List<ExecutionListener> startListeners = List.of();
  private List<ExecutionListener> endListeners = List.of();
  private List<TaskListener> taskListeners = List.of();
  private PublishMessage publishMessage;
  private ExecutableElement compensationHandler;
  private boolean forCompensation;

  /** For inclusive joins: per incoming flow, the elements from which a token can still reach it. */
  private final Map<String, Set<String>> reachableByIncomingFlow = new HashMap<>();

  public ExecutableElement(
      String id, String name, BpmnElementType type, ExecutableElement flowScope) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.flowScope = flowScope;
    if (flowScope != null) {
      flowScope.children.add(this);
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public BpmnElementType type() {
    return type;
  }

  /** The process or sub-process that contains this element; null for the process. */
  public ExecutableElement flowScope() {
    return flowScope;
  }

  public List<ExecutableFlow> incoming() {
    return Collections.unmodifiableList(incoming);
  }

  public List<ExecutableFlow> outgoing() {
    return Collections.unmodifiableList(outgoing);
  }

  public List<ExecutableElement> children() {
    return Collections.unmodifiableList(children);
  }

  public ExecutableFlow defaultFlow() {
    return defaultFlow;
  }

  public List<Mapping> inputs() {
    return inputs;
  }

  public List<Mapping> outputs() {
    return outputs;
  }

  public JobDefinition jobDefinition() {
    return jobDefinition;
  }

  /** The element's zeebe:taskHeaders (listener jobs carry them too); empty when there are none. */
  public Map<String, String> jobHeaders() {
    if (jobDefinition != null) {
      return jobDefinition.headers();
    }
    return userTaskDefinition != null ? userTaskDefinition.headers() : Map.of();
  }

  /** For user tasks: assignment, schedule, priority, form and headers. */
  public UserTaskDefinition userTaskDefinition() {
    return userTaskDefinition;
  }

  public Expression scriptExpression() {
    return scriptExpression;
  }

  public String scriptResultVariable() {
    return scriptResultVariable;
  }

  /** A business rule task's called decision; null for a job-worker business rule task. */
  public CalledDecision calledDecision() {
    return calledDecision;
  }

  public ExecutableElement noneStartEvent() {
    return noneStartEvent;
  }

  /** For call activities: the called process and how variables pass; null otherwise. */
  public CalledElement calledElement() {
    return calledElement;
  }

  /** For an ad-hoc sub-process: what it activates and when it completes; null otherwise. */
  public AdHocDefinition adHoc() {
    return adHoc;
  }

  /** The multi-instance characteristics; null for an activity that is not multi-instance. */
  public LoopCharacteristics loopCharacteristics() {
    return loopCharacteristics;
  }

  /** Execution listeners of the given event type, in model order. */
  public List<ExecutionListener> executionListeners(ExecutionListener.EventType eventType) {
    return eventType == ExecutionListener.EventType.START ? startListeners : endListeners;
  }

  void setExecutionListeners(List<ExecutionListener> listeners) {
    this.startListeners =
        listeners.stream().filter(l -> l.eventType() == ExecutionListener.EventType.START).toList();
    this.endListeners =
        listeners.stream().filter(l -> l.eventType() == ExecutionListener.EventType.END).toList();
  }

  /** A user task's task listeners of the given event type, in model order. */
  public List<TaskListener> taskListeners(TaskListener.EventType eventType) {
    return taskListeners.stream().filter(l -> l.eventType() == eventType).toList();
  }

  void setTaskListeners(List<TaskListener> listeners) {
    this.taskListeners = List.copyOf(listeners);
  }

  /** A message the element publishes itself (zeebe:publishMessage), or null. */
  public PublishMessage publishMessage() {
    return publishMessage;
  }

  void setPublishMessage(PublishMessage publishMessage) {
    this.publishMessage = publishMessage;
  }

  /** The activity's compensation handler (via its compensation boundary event), or null. */
  public ExecutableElement compensationHandler() {
    return compensationHandler;
  }

  void setCompensationHandler(ExecutableElement handler) {
    this.compensationHandler = handler;
  }

  /** Whether this activity is a compensation handler (isForCompensation), started by no flow. */
  public boolean isForCompensation() {
    return forCompensation;
  }

  void setForCompensation(boolean forCompensation) {
    this.forCompensation = forCompensation;
  }

  public boolean isMultiInstance() {
    return loopCharacteristics != null;
  }

  /** Whether tokens wait here until the gateway's join condition holds. */
  public boolean isJoin() {
    return (type == BpmnElementType.PARALLEL_GATEWAY || type == BpmnElementType.INCLUSIVE_GATEWAY)
        && incoming.size() > 1;
  }

  /** Elements of the same scope from which a token can still reach the given incoming flow. */
  public Set<String> reachableFrom(ExecutableFlow incomingFlow) {
    return reachableByIncomingFlow.getOrDefault(incomingFlow.id(), Set.of());
  }

  // --- builder access (package-private use by the transformer) ---

  void addIncoming(ExecutableFlow flow) {
    incoming.add(flow);
  }

  void addOutgoing(ExecutableFlow flow) {
    outgoing.add(flow);
  }

  void setDefaultFlow(ExecutableFlow flow) {
    this.defaultFlow = flow;
  }

  void setInputs(List<Mapping> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  void setOutputs(List<Mapping> outputs) {
    this.outputs = List.copyOf(outputs);
  }

  void setJobDefinition(JobDefinition jobDefinition) {
    this.jobDefinition = jobDefinition;
  }

  void setUserTaskDefinition(UserTaskDefinition userTaskDefinition) {
    this.userTaskDefinition = userTaskDefinition;
  }

  void setScript(Expression expression, String resultVariable) {
    this.scriptExpression = expression;
    this.scriptResultVariable = resultVariable;
  }

  void setCalledDecision(CalledDecision calledDecision) {
    this.calledDecision = calledDecision;
  }

  void setCalledElement(CalledElement calledElement) {
    this.calledElement = calledElement;
  }

  void setLoopCharacteristics(LoopCharacteristics loopCharacteristics) {
    this.loopCharacteristics = loopCharacteristics;
  }

  void setAdHoc(AdHocDefinition adHoc) {
    this.adHoc = adHoc;
  }

  void setNoneStartEvent(ExecutableElement startEvent) {
    this.noneStartEvent = startEvent;
  }

  void setReachableFrom(ExecutableFlow incomingFlow, Set<String> elementIds) {
    reachableByIncomingFlow.put(incomingFlow.id(), Set.copyOf(elementIds));
  }

  // --- events (boundary events, event sub-processes, event start events, catch and throw events)

  private EventDefinition eventDefinition;
  private boolean interrupting = true;
  private ExecutableElement attachedTo;
  private final List<ExecutableElement> boundaryEvents = new ArrayList<>();
  private final List<ExecutableElement> eventSubProcesses = new ArrayList<>();
  private final List<ExecutableElement> eventStartEvents = new ArrayList<>();

  /** The element's event definition; null for none events and for non-event elements. */
  public EventDefinition eventDefinition() {
    return eventDefinition;
  }

  /** For boundary events and event sub-process start events: whether triggering interrupts. */
  public boolean interrupting() {
    return interrupting;
  }

  /** For boundary events: the activity they are attached to. */
  public ExecutableElement attachedTo() {
    return attachedTo;
  }

  /** The boundary events attached to this activity. */
  public List<ExecutableElement> boundaryEvents() {
    return Collections.unmodifiableList(boundaryEvents);
  }

  /** The event sub-processes of this process or sub-process. */
  public List<ExecutableElement> eventSubProcesses() {
    return Collections.unmodifiableList(eventSubProcesses);
  }

  /**
   * Start events with an event definition: of a process, its message, timer and signal start
   * events; of an event sub-process, its one start event.
   */
  public List<ExecutableElement> eventStartEvents() {
    return Collections.unmodifiableList(eventStartEvents);
  }

  /** Whether instances of this element may own message or signal subscriptions or timers. */
  public boolean hasEventSubscriptions() {
    return !boundaryEvents.isEmpty()
        || !eventSubProcesses.isEmpty()
        || type == BpmnElementType.EVENT_BASED_GATEWAY
        || type == BpmnElementType.RECEIVE_TASK
        || (type == BpmnElementType.INTERMEDIATE_CATCH_EVENT
            && !(eventDefinition instanceof EventDefinition.Link));
  }

  void setEventDefinition(EventDefinition eventDefinition) {
    this.eventDefinition = eventDefinition;
  }

  void setInterrupting(boolean interrupting) {
    this.interrupting = interrupting;
  }

  void attachTo(ExecutableElement activity) {
    this.attachedTo = activity;
    activity.boundaryEvents.add(this);
  }

  void addEventSubProcess(ExecutableElement eventSubProcess) {
    eventSubProcesses.add(eventSubProcess);
  }

  void addEventStartEvent(ExecutableElement startEvent) {
    eventStartEvents.add(startEvent);
  }

  @Override
  public String toString() {
    return type + "[" + id + "]";
  }
}
