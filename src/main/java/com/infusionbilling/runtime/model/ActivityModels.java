package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what activities (and any flow node's variable mappings) carry for execution: input and
 * output mappings, a job worker's task definition, a script, a called decision, a called process,
 * and multi-instance loop characteristics (docs.camunda.io "Service tasks", "Script tasks",
 * "Business rule tasks", "Call activities", "Multi-instance", "Variable mappings").
 */
final class ActivityModels {

  private final ExpressionLanguage expressions;

  ActivityModels(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  /** zeebe:ioMapping of any flow node. */
  void configureMappings(FlowNode node, ExecutableElement element, List<String> problems) {
    ZeebeIoMapping ioMapping = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (ioMapping != null) {
      element.setInputs(mappings(node, ioMapping.getInputs(), "input", problems));
      element.setOutputs(mappings(node, ioMapping.getOutputs(), "output", problems));
    }
  }

  /** zeebe:taskDefinition (a job worker implements the element); false when there is none. */
  boolean configureJob(FlowNode node, ExecutableElement element, List<String> problems) {
    ZeebeTaskDefinition taskDefinition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (taskDefinition == null) {
      return false;
    }
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
    return true;
  }

  /** zeebe:script (a FEEL expression and its result variable). */
  void configureScript(FlowNode node, ExecutableElement element, List<String> problems) {
    ZeebeScript script = node.getSingleExtensionElement(ZeebeScript.class);
    if (script != null) {
      element.setScript(
          feel(script.getExpression(), describe(node), "script expression", problems),
          script.getResultVariable());
    }
  }

  /** zeebe:calledDecision of a business rule task without a job worker. */
  void configureCalledDecision(FlowNode node, ExecutableElement element, List<String> problems) {
    ZeebeCalledDecision calledDecision = node.getSingleExtensionElement(ZeebeCalledDecision.class);
    if (calledDecision == null) {
      return;
    }
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

  void configureCalledElement(CallActivity node, ExecutableElement element, List<String> problems) {
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

  void configureMultiInstance(
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

  private static String describe(FlowNode node) {
    return BpmnTransformer.describe(node);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
