package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAdHoc;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ad-hoc sub-processes (docs.camunda.io "Ad-hoc sub-processes", Camunda 8.8): the BPMN
 * implementation with {@code activeElementsCollection}, {@code completionCondition}, {@code
 * cancelRemainingInstances}, {@code outputCollection} and {@code outputElement}. The job worker
 * implementation (a {@code zeebe:taskDefinition} on the sub-process) is rejected at deployment, a
 * documented difference of this runtime.
 */
final class AdHocModels {

  private final ExpressionLanguage expressions;

  AdHocModels(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  AdHocDefinition definition(AdHocSubProcess node, List<String> problems) {
    String where = BpmnTransformer.describe(node);
    if (node.getSingleExtensionElement(ZeebeTaskDefinition.class) != null) {
      problems.add(
          where
              + ": the job worker implementation of ad-hoc sub-processes (zeebe:taskDefinition)"
              + " is not supported by this runtime (a documented difference); use"
              + " activeElementsCollection and completionCondition, or activate elements with"
              + " POST /v2/element-instances/ad-hoc-activities/{key}/activation");
    }
    List<String> activatable = new ArrayList<>();
    boolean hasActivity = false;
    java.util.Set<String> flowTargets = new java.util.HashSet<>();
    for (FlowElement inner : node.getFlowElements()) {
      if (inner instanceof SequenceFlow flow && flow.getTarget() != null) {
        flowTargets.add(flow.getTarget().getId());
      }
    }
    for (FlowElement inner : node.getFlowElements()) {
      if (inner instanceof StartEvent || inner instanceof EndEvent) {
        problems.add(where + ": an ad-hoc sub-process must not contain start or end events");
      }
      hasActivity |= inner instanceof Activity;
      if (inner instanceof FlowNode flowNode
          && flowNode.getIncoming().isEmpty()
          && !flowTargets.contains(inner.getId())
          && !(inner instanceof BoundaryEvent)
          && !(inner instanceof SubProcess sub && sub.triggeredByEvent())) {
        activatable.add(inner.getId());
      }
    }
    if (!hasActivity) {
      problems.add(where + ": an ad-hoc sub-process must contain at least one activity");
    }
    ZeebeAdHoc adHoc = node.getSingleExtensionElement(ZeebeAdHoc.class);
    Expression activeElements = null;
    String outputCollection = null;
    Expression outputElement = null;
    if (adHoc != null) {
      activeElements =
          optionalFeel(
              adHoc.getActiveElementsCollection(), where, "activeElementsCollection", problems);
      outputElement = optionalFeel(adHoc.getOutputElement(), where, "outputElement", problems);
      outputCollection =
          isBlank(adHoc.getOutputCollection()) ? null : adHoc.getOutputCollection().strip();
      if (outputCollection != null && outputElement == null) {
        problems.add(where + ": outputCollection needs an outputElement");
      }
    }
    Expression completionCondition =
        node.getCompletionCondition() == null
            ? null
            : optionalFeel(
                node.getCompletionCondition().getTextContent(),
                where,
                "completionCondition",
                problems);
    return new AdHocDefinition(
        activeElements,
        completionCondition,
        node.isCancelRemainingInstances(),
        outputCollection,
        outputElement,
        List.copyOf(activatable));
  }

  private Expression optionalFeel(String text, String where, String what, List<String> problems) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return expressions.parseFeelAlways(text);
    } catch (ExpressionException e) {
      problems.add(where + ": invalid " + what + ": " + e.getMessage());
      return null;
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
