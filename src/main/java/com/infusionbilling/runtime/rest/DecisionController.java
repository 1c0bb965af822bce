package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.EvaluateDecision;
import com.infusionbilling.runtime.decision.DecisionEvaluation;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.search.DecisionSearches;
import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionEvaluationInstruction;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.DecisionRequirementsSearchQueryResult;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Decisions in the v2 REST API: evaluation, definitions, requirements and decision instances. */
@RestController
@RequestMapping("/v2")
public class DecisionController {

  private final DecisionCommands commands;
  private final DecisionSearches searches;

  public DecisionController(DecisionCommands commands, DecisionSearches searches) {
    this.commands = commands;
    this.searches = searches;
  }

  @PostMapping("/decision-definitions/evaluation")
  public EvaluateDecisionResult evaluate(@RequestBody DecisionEvaluationInstruction request) {
    long key = RestMapping.key(request.getDecisionDefinitionKey(), "decisionDefinitionKey");
    DecisionEvaluator.Evaluated evaluated =
        commands.evaluate(
            new EvaluateDecision(
                request.getDecisionDefinitionId(),
                key,
                request.getVariables(),
                request.getTenantId()));
    var decision = evaluated.decision();
    DecisionEvaluation evaluation = evaluated.evaluation();
    EvaluateDecisionResult result =
        new EvaluateDecisionResult()
            .decisionDefinitionId(decision.decisionId())
            .decisionDefinitionKey(String.valueOf(decision.key()))
            .decisionDefinitionName(decision.name())
            .decisionDefinitionVersion(decision.version())
            .decisionRequirementsId(decision.decisionRequirementsId())
            .decisionRequirementsKey(String.valueOf(decision.decisionRequirementsKey()))
            .output(evaluation.outputJson())
            .failedDecisionDefinitionId(evaluation.failedDecisionId())
            .failureMessage(evaluation.failureMessage())
            .tenantId(decision.tenantId())
            .decisionInstanceKey(String.valueOf(evaluated.evaluationKey()))
            .decisionEvaluationKey(String.valueOf(evaluated.evaluationKey()));
    int index = 0;
    for (DecisionEvaluation.EvaluatedDecision d : evaluation.evaluatedDecisions()) {
      var definition = evaluated.definition(d.decisionId());
      EvaluatedDecisionResult item =
          new EvaluatedDecisionResult()
              .decisionDefinitionId(d.decisionId())
              .decisionDefinitionName(d.decisionName())
              .decisionDefinitionVersion(definition.version())
              .decisionDefinitionType(d.decisionType())
              .decisionDefinitionKey(String.valueOf(definition.key()))
              .decisionEvaluationInstanceKey(evaluated.instanceIds().get(index++))
              .output(d.outputJson())
              .tenantId(decision.tenantId());
      d.inputs().forEach(input -> item.addEvaluatedInputsItem(SearchMapping.evaluatedInput(input)));
      d.matchedRules().forEach(rule -> item.addMatchedRulesItem(SearchMapping.matchedRule(rule)));
      result.addEvaluatedDecisionsItem(item);
    }
    return result;
  }

  @PostMapping("/decision-definitions/search")
  public DecisionDefinitionSearchQueryResult searchDefinitions(
      @RequestBody(required = false) JsonNode body) {
    var page = searches.decisionDefinitions(body);
    return new DecisionDefinitionSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::decisionDefinition))
        .page(RestMapping.page(page));
  }

  @GetMapping("/decision-definitions/{key}")
  public DecisionDefinitionResult definition(@PathVariable long key) {
    return SearchMapping.decisionDefinition(searches.decisionDefinition(key));
  }

  @GetMapping("/decision-definitions/{key}/xml")
  public ResponseEntity<String> definitionXml(@PathVariable long key) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_XML)
        .body(searches.decisionDefinitionXml(key));
  }

  @PostMapping("/decision-requirements/search")
  public DecisionRequirementsSearchQueryResult searchRequirements(
      @RequestBody(required = false) JsonNode body) {
    var page = searches.decisionRequirements(body);
    return new DecisionRequirementsSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::decisionRequirements))
        .page(RestMapping.page(page));
  }

  @GetMapping("/decision-requirements/{key}")
  public DecisionRequirementsResult requirements(@PathVariable long key) {
    return SearchMapping.decisionRequirements(searches.decisionRequirement(key));
  }

  @GetMapping("/decision-requirements/{key}/xml")
  public ResponseEntity<String> requirementsXml(@PathVariable long key) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_XML)
        .body(searches.decisionRequirementsXml(key));
  }

  @PostMapping("/decision-instances/search")
  public DecisionInstanceSearchQueryResult searchInstances(
      @RequestBody(required = false) JsonNode body) {
    var page = searches.decisionInstances(body);
    return new DecisionInstanceSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::decisionInstance))
        .page(RestMapping.page(page));
  }

  @GetMapping("/decision-instances/{decisionEvaluationInstanceKey}")
  public DecisionInstanceGetQueryResult instance(
      @PathVariable String decisionEvaluationInstanceKey) {
    return SearchMapping.decisionInstanceDetail(
        searches.decisionInstance(decisionEvaluationInstanceKey));
  }
}
