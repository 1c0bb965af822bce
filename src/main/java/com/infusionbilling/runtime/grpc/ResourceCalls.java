package com.infusionbilling.runtime.grpc;

import static com.infusionbilling.runtime.grpc.GrpcResponses.nullToEmpty;

import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.DeployResources;
import com.infusionbilling.runtime.command.DeploymentOutcome;
import com.infusionbilling.runtime.command.DeploymentProcessor;
import com.infusionbilling.runtime.command.EvaluateDecision;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.state.Json;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionRequirementsMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionInput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionOutput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FormMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's resource calls: DeployResource (processes, decisions, forms) onto {@link
 * RuntimeCommands}, and EvaluateDecision of a deployed decision onto {@link DecisionCommands}.
 */
final class ResourceCalls {

  private final RuntimeCommands commands;
  private final DecisionCommands decisions;

  ResourceCalls(RuntimeCommands commands, DecisionCommands decisions) {
    this.commands = commands;
    this.decisions = decisions;
  }

  DeployResourceResponse deploy(DeployResourceRequest request) {
    List<DeploymentProcessor.Resource> resources = new ArrayList<>();
    for (Resource r : request.getResourcesList()) {
      resources.add(new DeploymentProcessor.Resource(r.getName(), r.getContent().toByteArray()));
    }
    DeploymentOutcome outcome =
        commands.deploy(new DeployResources(resources, request.getTenantId()));
    DeployResourceResponse.Builder builder =
        DeployResourceResponse.newBuilder()
            .setKey(outcome.deploymentKey())
            .setTenantId(outcome.tenantId());
    for (DeploymentOutcome.Deployed deployed : outcome.deployed()) {
      Deployment.Builder d = Deployment.newBuilder();
      if (deployed instanceof DeploymentOutcome.ProcessDeployed p) {
        d.setProcess(
            ProcessMetadata.newBuilder()
                .setBpmnProcessId(p.bpmnProcessId())
                .setVersion(p.version())
                .setProcessDefinitionKey(p.processDefinitionKey())
                .setResourceName(p.resourceName())
                .setTenantId(p.tenantId()));
      } else if (deployed instanceof DeploymentOutcome.DecisionDeployed dd) {
        d.setDecision(
            DecisionMetadata.newBuilder()
                .setDmnDecisionId(dd.decisionId())
                .setDmnDecisionName(nullToEmpty(dd.name()))
                .setVersion(dd.version())
                .setDecisionKey(dd.decisionKey())
                .setDmnDecisionRequirementsId(dd.decisionRequirementsId())
                .setDecisionRequirementsKey(dd.decisionRequirementsKey())
                .setTenantId(dd.tenantId()));
      } else if (deployed instanceof DeploymentOutcome.DecisionRequirementsDeployed r) {
        d.setDecisionRequirements(
            DecisionRequirementsMetadata.newBuilder()
                .setDmnDecisionRequirementsId(r.decisionRequirementsId())
                .setDmnDecisionRequirementsName(nullToEmpty(r.name()))
                .setVersion(r.version())
                .setDecisionRequirementsKey(r.decisionRequirementsKey())
                .setResourceName(r.resourceName())
                .setTenantId(r.tenantId()));
      } else if (deployed instanceof DeploymentOutcome.FormDeployed f) {
        d.setForm(
            FormMetadata.newBuilder()
                .setFormId(f.formId())
                .setVersion(f.version())
                .setFormKey(f.formKey())
                .setResourceName(f.resourceName())
                .setTenantId(f.tenantId()));
      }
      builder.addDeployments(d);
    }
    return builder.build();
  }

  EvaluateDecisionResponse evaluateDecision(EvaluateDecisionRequest request) {
    DecisionEvaluator.Evaluated evaluated;
    try {
      evaluated =
          decisions.evaluate(
              new EvaluateDecision(
                  request.getDecisionId(),
                  request.getDecisionKey(),
                  Json.parseDocument(request.getVariables(), "variables"),
                  request.getTenantId()));
    } catch (NotFoundException e) {
      // the gateway documents an unknown decision as INVALID_ARGUMENT (REST: 404)
      throw new InvalidArgumentException(e.getMessage());
    }
    var decision = evaluated.decision();
    var evaluation = evaluated.evaluation();
    EvaluateDecisionResponse.Builder builder =
        EvaluateDecisionResponse.newBuilder()
            .setDecisionKey(decision.key())
            .setDecisionId(decision.decisionId())
            .setDecisionName(nullToEmpty(decision.name()))
            .setDecisionVersion(decision.version())
            .setDecisionRequirementsId(decision.decisionRequirementsId())
            .setDecisionRequirementsKey(decision.decisionRequirementsKey())
            .setDecisionOutput(evaluation.outputJson())
            .setFailedDecisionId(nullToEmpty(evaluation.failedDecisionId()))
            .setFailureMessage(nullToEmpty(evaluation.failureMessage()))
            .setTenantId(decision.tenantId())
            .setDecisionInstanceKey(evaluated.evaluationKey())
            .setDecisionEvaluationKey(evaluated.evaluationKey());
    int index = 0;
    for (var d : evaluation.evaluatedDecisions()) {
      var definition = evaluated.definition(d.decisionId());
      EvaluatedDecision.Builder item =
          EvaluatedDecision.newBuilder()
              .setDecisionKey(definition.key())
              .setDecisionId(d.decisionId())
              .setDecisionName(nullToEmpty(d.decisionName()))
              .setDecisionVersion(definition.version())
              .setDecisionType(d.decisionType())
              .setDecisionOutput(d.outputJson())
              .setTenantId(decision.tenantId())
              .setDecisionEvaluationInstanceKey(evaluated.instanceIds().get(index++));
      for (var input : d.inputs()) {
        item.addEvaluatedInputs(
            EvaluatedDecisionInput.newBuilder()
                .setInputId(input.inputId())
                .setInputName(nullToEmpty(input.inputName()))
                .setInputValue(input.valueJson()));
      }
      for (var rule : d.matchedRules()) {
        MatchedDecisionRule.Builder matched =
            MatchedDecisionRule.newBuilder()
                .setRuleId(rule.ruleId())
                .setRuleIndex(rule.ruleIndex());
        for (var output : rule.outputs()) {
          matched.addEvaluatedOutputs(
              EvaluatedDecisionOutput.newBuilder()
                  .setOutputId(output.outputId())
                  .setOutputName(nullToEmpty(output.outputName()))
                  .setOutputValue(output.valueJson()));
        }
        item.addMatchedRules(matched);
      }
      builder.addEvaluatedDecisions(item);
    }
    return builder.build();
  }
}
