package com.infusionbilling.runtime.model;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ComplexGateway;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The runtime's BPMN coverage at deployment: which flow nodes it executes (and why it rejects the
 * others), which Zeebe extension elements it reads, and the element type each node executes as.
 */
final class ElementCoverage {

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

  private ElementCoverage() {}

  /** Null when the runtime executes the node; otherwise why it is rejected at deployment. */
  static String unsupportedReason(FlowNode node) {
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

  static void checkExtensions(BaseElement element, List<String> problems) {
    if (element.getExtensionElements() == null) {
      return;
    }
    for (DomElement child : element.getExtensionElements().getDomElement().getChildElements()) {
      if (ZEEBE_NS.equals(child.getNamespaceURI())
          && USER_TASK_EXTENSIONS.contains(child.getLocalName())
          && !(element instanceof UserTask)) {
        problems.add(
            BpmnTransformer.describe(element)
                + ": extension zeebe:"
                + child.getLocalName()
                + " is only allowed on a user task");
      } else if (ZEEBE_NS.equals(child.getNamespaceURI())
          && !SUPPORTED_EXTENSIONS.contains(child.getLocalName())) {
        problems.add(
            BpmnTransformer.describe(element)
                + ": extension zeebe:"
                + child.getLocalName()
                + " is not supported by this runtime yet");
      }
    }
  }

  static BpmnElementType typeOf(FlowNode node) {
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
}
