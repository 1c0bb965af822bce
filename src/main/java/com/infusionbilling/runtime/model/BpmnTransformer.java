package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ComplexGateway;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePublishMessage;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;

/**
 * Parses a BPMN resource with {@code zeebe-bpmn-model}, validates it with the Zeebe design-time
 * validators and this runtime's own coverage rules, and builds one {@link ExecutableProcess} per
 * executable process. Anything the runtime does not execute is rejected here, naming the element
 * and the reason, so nothing in a model is silently ignored.
 */
public final class BpmnTransformer {

  private static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";

  /** Zeebe extension elements this runtime executes (or that carry no runtime semantics). */
  private static final Set<String> SUPPORTED_EXTENSIONS =
      Set.of(
          "ioMapping",
          "taskDefinition",
          "taskHeaders",
          "script",
          "versionTag",
          "properties",
          "formDefinition",
          "userTaskForm",
          "subscription",
          "calledDecision",
          "calledElement",
          "userTask",
          "assignmentDefinition",
          "taskSchedule",
          "priorityDefinition",
          "executionListeners",
          "taskListeners",
          "publishMessage",
          "adHoc");

  /** Zeebe extension elements that only a user task may carry. */
  private static final Set<String> USER_TASK_EXTENSIONS =
      Set.of(
          "userTask",
          "assignmentDefinition",
          "taskSchedule",
          "priorityDefinition",
          "taskListeners");

  private final ExpressionLanguage expressions;
  private final EventModels events;
  private final UserTaskModels userTasks;
  private final ListenerModels listeners;
  private final AdHocModels adHocs;

  public BpmnTransformer(ExpressionLanguage expressions) {
    this.expressions = expressions;
    this.events = new EventModels(expressions);
    this.userTasks = new UserTaskModels(expressions);
    this.listeners = new ListenerModels(expressions);
    this.adHocs = new AdHocModels(expressions);
  }

  /** Parsed and validated model, ready to be stored and executed. */
  public record TransformedResource(BpmnModelInstance model, List<ExecutableProcess> processes) {}

  public TransformedResource transform(String resourceName, byte[] content) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      throw new DeploymentRejectedException(
          resourceName, List.of("the resource is not valid BPMN XML: " + rootMessage(e)));
    }

    List<String> problems = new ArrayList<>();
    var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    for (Map.Entry<ModelElementInstance, List<ValidationResult>> entry :
        results.getResults().entrySet()) {
      for (ValidationResult result : entry.getValue()) {
        if (result.getType() == ValidationResultType.ERROR) {
          problems.add(describe(entry.getKey()) + ": " + result.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new DeploymentRejectedException(resourceName, problems);
    }

    List<ExecutableProcess> processes = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      processes.add(buildProcess(process, problems));
    }
    if (processes.isEmpty() && problems.isEmpty()) {
      problems.add("the resource contains no executable process (isExecutable=\"true\")");
    }
    if (!problems.isEmpty()) {
      throw new DeploymentRejectedException(resourceName, problems);
    }
    return new TransformedResource(model, processes);
  }

  private ExecutableProcess buildProcess(Process process, List<String> problems) {
    var root =
        new ExecutableElement(process.getId(), process.getName(), BpmnElementType.PROCESS, null);
    Map<String, ExecutableElement> elements = new LinkedHashMap<>();
    elements.put(root.id(), root);
    checkExtensions(process, problems);
    root.setExecutionListeners(listeners.executionListeners(process, problems));
    List<SequenceFlow> flows = new ArrayList<>();
    buildScope(process.getFlowElements(), root, elements, flows, problems);
    Map<String, ExecutableFlow> flowsById = new HashMap<>();
    for (SequenceFlow flow : flows) {
      ExecutableElement source = elements.get(flow.getSource().getId());
      ExecutableElement target = elements.get(flow.getTarget().getId());
      if (source == null || target == null) {
        continue; // the element itself was rejected; its problem is already reported
      }
      Expression condition = null;
      ConditionExpression conditionExpression = flow.getConditionExpression();
      if (conditionExpression != null && !isBlank(conditionExpression.getTextContent())) {
        condition =
            feel(
                conditionExpression.getTextContent(),
                "sequence flow '" + flow.getId() + "'",
                "condition",
                problems);
      }
      var executable = new ExecutableFlow(flow.getId(), source, target, condition);
      source.addOutgoing(executable);
      target.addIncoming(executable);
      flowsById.put(flow.getId(), executable);
    }
    // default flows
    for (FlowNode node : allFlowNodes(process.getFlowElements())) {
      SequenceFlow defaultFlow = defaultFlowOf(node);
      if (defaultFlow != null && elements.containsKey(node.getId())) {
        elements.get(node.getId()).setDefaultFlow(flowsById.get(defaultFlow.getId()));
      }
    }
    events.wire(allFlowNodes(process.getFlowElements()), elements);
    computeReachability(elements.values());
    String versionTag = null;
    ZeebeVersionTag tag = process.getSingleExtensionElement(ZeebeVersionTag.class);
    if (tag != null) {
      versionTag = tag.getValue();
    }
    var executable =
        new ExecutableProcess(process.getId(), process.getName(), versionTag, root, elements);
    executable.setStartForm(userTasks.startForm(process));
    return executable;
  }

  private void buildScope(
      Collection<FlowElement> flowElements,
      ExecutableElement scope,
      Map<String, ExecutableElement> elements,
      List<SequenceFlow> flows,
      List<String> problems) {
    for (FlowElement flowElement : flowElements) {
      if (flowElement instanceof SequenceFlow flow) {
        flows.add(flow);
        continue;
      }
      if (!(flowElement instanceof FlowNode node)) {
        continue; // data objects and references carry no execution semantics
      }
      String unsupported = unsupportedReason(node);
      if (unsupported != null) {
        problems.add(describe(node) + ": " + unsupported);
        continue;
      }
      checkExtensions(node, problems);
      var element = new ExecutableElement(node.getId(), node.getName(), typeOf(node), scope);
      elements.put(element.id(), element);
      configure(node, element, problems);
      events.register(node, element, scope);
      if (node instanceof StartEvent start
          && start.getEventDefinitions().isEmpty()
          && scope.noneStartEvent() == null) {
        scope.setNoneStartEvent(element);
      }
      if (node instanceof SubProcess subProcess) {
        buildScope(subProcess.getFlowElements(), element, elements, flows, problems);
        if (element.noneStartEvent() == null
            && !subProcess.triggeredByEvent()
            && !(subProcess instanceof AdHocSubProcess)) {
          problems.add(describe(node) + ": an embedded sub-process needs a none start event");
        }
      }
    }
    if (scope.type() == BpmnElementType.PROCESS
        && scope.noneStartEvent() == null
        && scope.eventStartEvents().isEmpty()) {
      problems.add(
          "process '" + scope.id() + "': the process needs a none start event to be started");
    }
  }

  private void configure(FlowNode node, ExecutableElement element, List<String> problems) {
    element.setExecutionListeners(listeners.executionListeners(node, problems));
    ZeebeIoMapping ioMapping = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (ioMapping != null) {
      element.setInputs(mappings(node, ioMapping.getInputs(), "input", problems));
      element.setOutputs(mappings(node, ioMapping.getOutputs(), "output", problems));
    }
    ZeebeTaskDefinition taskDefinition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (taskDefinition != null) {
      Expression type = attribute(taskDefinition.getType(), node, "job type", problems);
      String retriesText = isBlank(taskDefinition.getRetries()) ? "3" : taskDefinition.getRetries();
      Expression retries = attribute(retriesText, node, "job retries", problems);
      Map<String, String> headers = new LinkedHashMap<>();
      ZeebeTaskHeaders taskHeaders = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
      if (taskHeaders != null) {
        for (ZeebeHeader header : taskHeaders.getHeaders()) {
          headers.put(header.getKey(), header.getValue());
        }
      }
      element.setJobDefinition(new JobDefinition(type, retries, headers));
    }
    if (node instanceof SendTask sendTask && taskDefinition == null) {
      var publish = sendTask.getSingleExtensionElement(ZeebePublishMessage.class);
      if (publish != null) {
        element.setPublishMessage(
            events.publishMessage(sendTask.getMessage(), publish, describe(node), problems));
      }
    }
    ZeebeScript script = node.getSingleExtensionElement(ZeebeScript.class);
    if (script != null) {
      element.setScript(
          feel(script.getExpression(), describe(node), "script expression", problems),
          script.getResultVariable());
    }
    ZeebeCalledDecision calledDecision = node.getSingleExtensionElement(ZeebeCalledDecision.class);
    if (calledDecision != null && taskDefinition == null) {
      Expression decisionId =
          attribute(calledDecision.getDecisionId(), node, "called decision id", problems);
      boolean byVersionTag = calledDecision.getBindingType() == ZeebeBindingType.versionTag;
      String versionTag = calledDecision.getVersionTag();
      if (byVersionTag && isBlank(versionTag)) {
        problems.add(
            describe(node)
                + ": bindingType 'versionTag' needs the versionTag of the called decision");
      }
      element.setCalledDecision(
          new CalledDecision(
              decisionId,
              calledDecision.getResultVariable(),
              calledDecision.getBindingType() == ZeebeBindingType.deployment,
              byVersionTag && !isBlank(versionTag) ? versionTag.strip() : null));
    }
    if (EventModels.isEventElement(node)) {
      events.configure(node, element, problems);
    }
    if (node instanceof UserTask userTask) {
      element.setUserTaskDefinition(userTasks.definition(userTask, problems));
      element.setTaskListeners(listeners.taskListeners(userTask, problems));
    }
    if (node instanceof CallActivity callActivity) {
      configureCalledElement(callActivity, element, problems);
    }
    if (node instanceof AdHocSubProcess adHoc) {
      element.setAdHoc(adHocs.definition(adHoc, problems));
    }
    if (node instanceof Activity activity
        && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      configureMultiInstance(node, loop, element, problems);
    }
  }

  private void configureCalledElement(
      CallActivity node, ExecutableElement element, List<String> problems) {
    ZeebeCalledElement called = node.getSingleExtensionElement(ZeebeCalledElement.class);
    if (called == null || isBlank(called.getProcessId())) {
      problems.add(describe(node) + ": a call activity needs zeebe:calledElement processId");
      return;
    }
    Expression processId = attribute(called.getProcessId(), node, "called process id", problems);
    ZeebeBindingType bindingType = called.getBindingType();
    CalledElement.Binding binding =
        bindingType == null
            ? CalledElement.Binding.LATEST
            : switch (bindingType) {
              case latest -> CalledElement.Binding.LATEST;
              case deployment -> CalledElement.Binding.DEPLOYMENT;
              case versionTag -> CalledElement.Binding.VERSION_TAG;
            };
    String versionTag = called.getVersionTag();
    if (binding == CalledElement.Binding.VERSION_TAG && isBlank(versionTag)) {
      problems.add(
          describe(node) + ": bindingType 'versionTag' needs the versionTag of the called process");
    }
    element.setCalledElement(
        new CalledElement(
            processId,
            binding,
            isBlank(versionTag) ? null : versionTag.strip(),
            called.isPropagateAllParentVariablesEnabled(),
            called.isPropagateAllChildVariablesEnabled()));
  }

  private void configureMultiInstance(
      FlowNode node,
      MultiInstanceLoopCharacteristics loop,
      ExecutableElement element,
      List<String> problems) {
    ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
    if (zeebe == null || isBlank(zeebe.getInputCollection())) {
      problems.add(
          describe(node)
              + ": a multi-instance activity needs zeebe:loopCharacteristics"
              + " inputCollection");
      return;
    }
    if (loop.getLoopCardinality() != null) {
      problems.add(
          describe(node)
              + ": loopCardinality is not supported by Camunda 8; iterate over an inputCollection"
              + " (e.g. '= for i in 1..n return i')");
    }
    String where = describe(node);
    Expression inputCollection =
        feel(zeebe.getInputCollection(), where, "inputCollection", problems);
    Expression outputElement =
        isBlank(zeebe.getOutputElement())
            ? null
            : feel(zeebe.getOutputElement(), where, "outputElement", problems);
    Expression completionCondition = null;
    if (loop.getCompletionCondition() != null
        && !isBlank(loop.getCompletionCondition().getTextContent())) {
      completionCondition =
          feel(
              loop.getCompletionCondition().getTextContent(),
              where,
              "completionCondition",
              problems);
    }
    String outputCollection =
        isBlank(zeebe.getOutputCollection()) ? null : zeebe.getOutputCollection().strip();
    if (outputCollection != null && outputElement == null) {
      problems.add(where + ": outputCollection needs an outputElement");
    }
    element.setLoopCharacteristics(
        new LoopCharacteristics(
            loop.isSequential(),
            inputCollection,
            isBlank(zeebe.getInputElement()) ? null : zeebe.getInputElement().strip(),
            outputCollection,
            outputElement,
            completionCondition));
  }

  /**
   * zeebe:input and zeebe:output mappings (docs.camunda.io "Variables", "Expressions"): an input
   * source without a leading {@code =} is a static value, passed as the string it is (a connector
   * template's {@code POST} or {@code {{secrets.URL}}} included); an output source must be an
   * expression, so a static one rejects the deployment naming the element.
   */
  private List<Mapping> mappings(
      FlowNode node,
      Collection<? extends ZeebeMapping> mappings,
      String kind,
      List<String> problems) {
    List<Mapping> result = new ArrayList<>();
    boolean input = "input".equals(kind);
    for (ZeebeMapping mapping : mappings) {
      String source = isBlank(mapping.getSource()) ? "=null" : mapping.getSource();
      String what = kind + " mapping source '" + source + "'";
      Expression expression;
      if (input) {
        expression = attribute(source, node, what, problems);
      } else if (!source.strip().startsWith("=")) {
        problems.add(
            describe(node)
                + ": invalid "
                + what
                + (isBlank(mapping.getTarget()) ? "" : " (target '" + mapping.getTarget() + "')")
                + ": expected an expression but found the static value '"
                + source
                + "'; an output mapping's source must be an expression starting with '=' (e.g."
                + " '="
                + source.strip()
                + "')");
        continue;
      } else {
        expression = feel(source, describe(node), what, problems);
      }
      if (isBlank(mapping.getTarget())) {
        problems.add(describe(node) + ": " + kind + " mapping has no target");
        continue;
      }
      result.add(new Mapping(expression, mapping.getTarget().strip()));
    }
    return result;
  }

  private Expression attribute(String text, FlowNode node, String what, List<String> problems) {
    try {
      return expressions.parse(text);
    } catch (ExpressionException e) {
      problems.add(describe(node) + ": invalid " + what + ": " + e.getMessage());
      return null;
    }
  }

  private Expression feel(String text, String where, String what, List<String> problems) {
    try {
      return expressions.parseFeelAlways(text);
    } catch (ExpressionException e) {
      problems.add(where + ": invalid " + what + ": " + e.getMessage());
      return null;
    }
  }

  /** Null when the runtime executes the node; otherwise why it is rejected at deployment. */
  private static String unsupportedReason(FlowNode node) {
    if (node instanceof Activity activity) {
      io.camunda.zeebe.model.bpmn.instance.LoopCharacteristics loop =
          activity.getLoopCharacteristics();
      boolean standardLoop =
          node.getDomElement().getChildElements().stream()
              .anyMatch(child -> "standardLoopCharacteristics".equals(child.getLocalName()));
      if (standardLoop || loop != null && !(loop instanceof MultiInstanceLoopCharacteristics)) {
        return "standard loop characteristics are not supported by Camunda 8; use a"
            + " multi-instance marker (zeebe:loopCharacteristics) instead";
      }
    }
    if (EventModels.isEventElement(node)) {
      return EventModels.unsupportedReason(node);
    }
    if (node instanceof ComplexGateway) {
      return "complex gateways are not supported by Camunda 8";
    }
    if (node instanceof UserTask) {
      return null;
    }
    if (node instanceof BusinessRuleTask task
        && task.getSingleExtensionElement(ZeebeTaskDefinition.class) == null) {
      ZeebeCalledDecision called = task.getSingleExtensionElement(ZeebeCalledDecision.class);
      if (called == null) {
        return "a business rule task needs zeebe:calledDecision or zeebe:taskDefinition";
      }
    }
    if (node instanceof ScriptTask task
        && task.getSingleExtensionElement(ZeebeTaskDefinition.class) == null
        && task.getSingleExtensionElement(ZeebeScript.class) == null) {
      return "a script task needs zeebe:script or zeebe:taskDefinition";
    }
    if (node instanceof SubProcess subProcess) {
      String typeName = subProcess.getElementType().getTypeName();
      if (!"subProcess".equals(typeName) && !"adHocSubProcess".equals(typeName)) {
        return typeName + " is not supported by this runtime";
      }
      return null;
    }
    if (node instanceof ServiceTask
        || node instanceof SendTask
        || node instanceof ScriptTask
        || node instanceof BusinessRuleTask
        || node instanceof ManualTask
        || node instanceof CallActivity
        || node instanceof ExclusiveGateway
        || node instanceof ParallelGateway
        || node instanceof InclusiveGateway) {
      return null;
    }
    if (node instanceof Task && "task".equals(node.getElementType().getTypeName())) {
      return null;
    }
    return node.getElementType().getTypeName() + " is not supported by this runtime";
  }

  private static void checkExtensions(BaseElement element, List<String> problems) {
    if (element.getExtensionElements() == null) {
      return;
    }
    for (DomElement child : element.getExtensionElements().getDomElement().getChildElements()) {
      if (ZEEBE_NS.equals(child.getNamespaceURI())
          && USER_TASK_EXTENSIONS.contains(child.getLocalName())
          && !(element instanceof UserTask)) {
        problems.add(
            describe(element)
                + ": extension zeebe:"
                + child.getLocalName()
                + " is only allowed on a user task");
      } else if (ZEEBE_NS.equals(child.getNamespaceURI())
          && !SUPPORTED_EXTENSIONS.contains(child.getLocalName())) {
        problems.add(
            describe(element)
                + ": extension zeebe:"
                + child.getLocalName()
                + " is not supported by this runtime yet");
      }
    }
  }

  private static BpmnElementType typeOf(FlowNode node) {
    if (node instanceof StartEvent) return BpmnElementType.START_EVENT;
    if (node instanceof EndEvent) return BpmnElementType.END_EVENT;
    if (node instanceof IntermediateThrowEvent) return BpmnElementType.INTERMEDIATE_THROW_EVENT;
    if (node instanceof IntermediateCatchEvent) return BpmnElementType.INTERMEDIATE_CATCH_EVENT;
    if (node instanceof BoundaryEvent) return BpmnElementType.BOUNDARY_EVENT;
    if (node instanceof ReceiveTask) return BpmnElementType.RECEIVE_TASK;
    if (node instanceof EventBasedGateway) return BpmnElementType.EVENT_BASED_GATEWAY;
    if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
      return BpmnElementType.EVENT_SUB_PROCESS;
    }
    if (node instanceof ServiceTask) return BpmnElementType.SERVICE_TASK;
    if (node instanceof UserTask) return BpmnElementType.USER_TASK;
    if (node instanceof SendTask) return BpmnElementType.SEND_TASK;
    if (node instanceof ScriptTask) return BpmnElementType.SCRIPT_TASK;
    if (node instanceof BusinessRuleTask) return BpmnElementType.BUSINESS_RULE_TASK;
    if (node instanceof ManualTask) return BpmnElementType.MANUAL_TASK;
    if (node instanceof ExclusiveGateway) return BpmnElementType.EXCLUSIVE_GATEWAY;
    if (node instanceof ParallelGateway) return BpmnElementType.PARALLEL_GATEWAY;
    if (node instanceof InclusiveGateway) return BpmnElementType.INCLUSIVE_GATEWAY;
    if (node instanceof AdHocSubProcess) return BpmnElementType.AD_HOC_SUB_PROCESS;
    if (node instanceof SubProcess) return BpmnElementType.SUB_PROCESS;
    if (node instanceof CallActivity) return BpmnElementType.CALL_ACTIVITY;
    return BpmnElementType.TASK;
  }

  private static SequenceFlow defaultFlowOf(FlowNode node) {
    if (node instanceof ExclusiveGateway g) return g.getDefault();
    if (node instanceof InclusiveGateway g) return g.getDefault();
    return null;
  }

  private static List<FlowNode> allFlowNodes(Collection<FlowElement> flowElements) {
    List<FlowNode> nodes = new ArrayList<>();
    for (FlowElement element : flowElements) {
      if (element instanceof FlowNode node) {
        nodes.add(node);
        if (node instanceof SubProcess sub) {
          nodes.addAll(allFlowNodes(sub.getFlowElements()));
        }
      }
    }
    return nodes;
  }

  /** For every inclusive join: per incoming flow, which elements can still send a token to it. */
  private static void computeReachability(Collection<ExecutableElement> elements) {
    for (ExecutableElement gateway : elements) {
      if (gateway.type() != BpmnElementType.INCLUSIVE_GATEWAY || !gateway.isJoin()) {
        continue;
      }
      for (ExecutableFlow incoming : gateway.incoming()) {
        Deque<ExecutableElement> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(incoming.source());
        while (!todo.isEmpty()) {
          ExecutableElement element = todo.poll();
          if (element == gateway || !seen.add(element.id())) {
            continue;
          }
          for (ExecutableFlow flow : element.incoming()) {
            todo.add(flow.source());
          }
        }
        gateway.setReachableFrom(incoming, seen);
      }
    }
  }

  static String describe(ModelElementInstance element) {
    String typeName = element.getElementType().getTypeName();
    String id = element.getAttributeValue("id");
    return "element '" + (id == null ? "?" : id) + "' (" + typeName + ")";
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
