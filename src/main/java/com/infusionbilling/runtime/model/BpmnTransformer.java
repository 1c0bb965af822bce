package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePublishMessage;
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

  private final ExpressionLanguage expressions;
  private final EventModels events;
  private final UserTaskModels userTasks;
  private final ListenerModels listeners;
  private final AdHocModels adHocs;
  private final ActivityModels activities;

  public BpmnTransformer(ExpressionLanguage expressions) {
    this.expressions = expressions;
    this.events = new EventModels(expressions);
    this.userTasks = new UserTaskModels(expressions);
    this.listeners = new ListenerModels(expressions);
    this.adHocs = new AdHocModels(expressions);
    this.activities = new ActivityModels(expressions);
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
    ElementCoverage.checkExtensions(process, problems);
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
      String unsupported = ElementCoverage.unsupportedReason(node);
      if (unsupported != null) {
        problems.add(describe(node) + ": " + unsupported);
        continue;
      }
      ElementCoverage.checkExtensions(node, problems);
      var element =
          new ExecutableElement(node.getId(), node.getName(), ElementCoverage.typeOf(node), scope);
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
    activities.configureMappings(node, element, problems);
    boolean jobWorker = activities.configureJob(node, element, problems);
    if (node instanceof SendTask sendTask && !jobWorker) {
      var publish = sendTask.getSingleExtensionElement(ZeebePublishMessage.class);
      if (publish != null) {
        element.setPublishMessage(
            events.publishMessage(sendTask.getMessage(), publish, describe(node), problems));
      }
    }
    activities.configureScript(node, element, problems);
    if (!jobWorker) {
      activities.configureCalledDecision(node, element, problems);
    }
    if (EventModels.isEventElement(node)) {
      events.configure(node, element, problems);
    }
    if (node instanceof UserTask userTask) {
      element.setUserTaskDefinition(userTasks.definition(userTask, problems));
      element.setTaskListeners(listeners.taskListeners(userTask, problems));
    }
    if (node instanceof CallActivity callActivity) {
      activities.configureCalledElement(callActivity, element, problems);
    }
    if (node instanceof AdHocSubProcess adHoc) {
      element.setAdHoc(adHocs.definition(adHoc, problems));
    }
    if (node instanceof Activity activity
        && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      activities.configureMultiInstance(node, loop, element, problems);
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
