package com.infusionbilling.runtime.decision;

import com.infusionbilling.runtime.decision.DecisionEvaluation.EvaluatedDecision;
import com.infusionbilling.runtime.decision.DecisionStore.DecisionDefinitionRow;
import com.infusionbilling.runtime.state.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the decision to evaluate, evaluates it, and records one decision instance per evaluated
 * decision ({@code <evaluation key>-<n>}, required decisions first, as Camunda numbers them), in
 * the transaction of the command that evaluated it. Shared by business rule tasks and the evaluate
 * endpoint.
 */
public final class DecisionEvaluator {

  /** What asked for the evaluation: a business rule task (keys set) or the API (all null). */
  public record Caller(
      Long processDefinitionKey, Long processInstanceKey, Long elementInstanceKey) {
    public static final Caller API = new Caller(null, null, null);
  }

  /** An evaluation and the decision instances recorded for it. */
  public record Evaluated(
      DecisionDefinitionRow decision,
      long evaluationKey,
      DecisionEvaluation evaluation,
      List<String> instanceIds,
      Map<String, DecisionDefinitionRow> definitions) {

    /** The definition of an evaluated decision (the called one or one it requires). */
    public DecisionDefinitionRow definition(String decisionId) {
      return definitions.getOrDefault(decisionId, decision);
    }
  }

  private final JdbcTemplate jdbc;
  private final DecisionStore decisions;
  private final LongSupplier keys;

  public DecisionEvaluator(JdbcTemplate jdbc, DecisionStore decisions, LongSupplier keys) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.keys = keys;
  }

  public DecisionStore store() {
    return decisions;
  }

  /**
   * The decision a business rule task calls: the latest version of the decision id, or with
   * bindingType "deployment" the version deployed together with the process. Null if none.
   */
  public DecisionDefinitionRow calledDecision(
      String decisionId,
      boolean bindToDeployment,
      String versionTag,
      long processDefinitionKey,
      String tenantId) {
    if (versionTag != null) {
      return decisions.latestWithVersionTag(decisionId, versionTag, tenantId);
    }
    if (!bindToDeployment) {
      return decisions.latest(decisionId, tenantId);
    }
    List<Long> deployment =
        jdbc.queryForList(
            "SELECT deployment_key FROM rt_process_definition WHERE process_definition_key = ?",
            Long.class,
            processDefinitionKey);
    return deployment.isEmpty() ? null : decisions.inDeployment(decisionId, deployment.get(0));
  }

  /** Evaluates the decision and records its decision instances; must run in a transaction. */
  public Evaluated evaluate(
      DecisionDefinitionRow decision, Map<String, Object> variables, Caller caller, long now) {
    DecisionEvaluation evaluation =
        decisions
            .engine()
            .evaluate(
                decisions.parsed(decision.decisionRequirementsKey()),
                decision.decisionId(),
                variables);
    long evaluationKey = keys.getAsLong();
    Map<String, DecisionDefinitionRow> graph =
        decisions.ofRequirements(decision.decisionRequirementsKey());
    List<String> ids = new ArrayList<>();
    Map<String, DecisionDefinitionRow> definitions = new java.util.LinkedHashMap<>();
    List<Object[]> rows = new ArrayList<>();
    for (EvaluatedDecision evaluated : evaluation.evaluatedDecisions()) {
      DecisionDefinitionRow definition = graph.getOrDefault(evaluated.decisionId(), decision);
      String id = evaluationKey + "-" + (ids.size() + 1);
      ids.add(id);
      definitions.put(evaluated.decisionId(), definition);
      rows.add(
          row(
              id,
              evaluationKey,
              "EVALUATED",
              null,
              definition,
              evaluated.decisionName(),
              evaluated.decisionType(),
              evaluated.outputJson(),
              Json.write(evaluated.inputs()),
              Json.write(evaluated.matchedRules()),
              caller,
              now));
    }
    if (evaluation.failed()) {
      DecisionDefinitionRow failed = graph.getOrDefault(evaluation.failedDecisionId(), decision);
      String id = evaluationKey + "-" + (ids.size() + 1);
      ids.add(id);
      definitions.put(failed.decisionId(), failed);
      rows.add(
          row(
              id,
              evaluationKey,
              "FAILED",
              evaluation.failureMessage(),
              failed,
              failed.name(),
              "UNSPECIFIED",
              null,
              "[]",
              "[]",
              caller,
              now));
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO rt_decision_instance (decision_instance_id, decision_evaluation_key, state,"
              + " evaluation_date, evaluation_failure, decision_definition_key, decision_id,"
              + " decision_name, decision_version, decision_type, decision_requirements_key,"
              + " result, evaluated_inputs, matched_rules, process_definition_key,"
              + " process_instance_key, element_instance_key, tenant_id)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          rows);
    }
    return new Evaluated(decision, evaluationKey, evaluation, ids, definitions);
  }

  private static Object[] row(
      String id,
      long evaluationKey,
      String state,
      String failure,
      DecisionDefinitionRow definition,
      String name,
      String type,
      String result,
      String inputs,
      String rules,
      Caller caller,
      long now) {
    return new Object[] {
      id,
      evaluationKey,
      state,
      now,
      failure,
      definition.key(),
      definition.decisionId(),
      name == null ? definition.name() : name,
      definition.version(),
      type,
      definition.decisionRequirementsKey(),
      result,
      inputs,
      rules,
      caller.processDefinitionKey(),
      caller.processInstanceKey(),
      caller.elementInstanceKey(),
      definition.tenantId()
    };
  }
}
