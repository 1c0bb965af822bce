package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.decision.DecisionEvaluation;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.state.Json;
import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionTypeEnum;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DecisionInstanceStateEnum;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionInputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionOutputItem;
import io.camunda.client.protocol.rest.MatchedDecisionRuleItem;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The v2 searches and gets over decision definitions, decision requirements and decision instances
 * (which Camunda Process Test's decision assertions read).
 */
public final class DecisionSearches {

  private static final TypeReference<List<DecisionEvaluation.EvaluatedInput>> INPUTS =
      new TypeReference<>() {};
  private static final TypeReference<List<DecisionEvaluation.MatchedRule>> RULES =
      new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final EntitySearch<DecisionDefinitionResult> definitions;
  private final EntitySearch<DecisionRequirementsResult> requirements;
  private final EntitySearch<DecisionInstanceResult> instances;

  public DecisionSearches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    definitions =
        EntitySearch.over(
                "rt_decision_definition d", "d.decision_definition_key", (rs, i) -> definition(rs))
            .field("decisionDefinitionKey", "d.decision_definition_key", KEY)
            .field("decisionDefinitionId", "d.decision_id", STRING)
            .field("name", "d.name", STRING)
            .field("version", "d.version", INT)
            .field("decisionRequirementsId", "d.decision_requirements_id", STRING)
            .field("decisionRequirementsKey", "d.decision_requirements_key", KEY)
            .field("tenantId", "d.tenant_id", STRING)
            .build();
    requirements =
        EntitySearch.over(
                "rt_decision_requirements q",
                "q.decision_requirements_key",
                (rs, i) -> requirements(rs))
            .field("decisionRequirementsKey", "q.decision_requirements_key", KEY)
            .field("decisionRequirementsId", "q.decision_requirements_id", STRING)
            .field("decisionRequirementsName", "q.name", STRING)
            .field("version", "q.version", INT)
            .field("resourceName", "q.resource_name", STRING)
            .field("tenantId", "q.tenant_id", STRING)
            .build();
    instances =
        EntitySearch.over(
                "rt_decision_instance i",
                "i.decision_evaluation_key, i.decision_instance_id",
                (rs, i) -> instance(rs))
            .field("decisionEvaluationInstanceKey", "i.decision_instance_id", STRING)
            .field("decisionEvaluationKey", "i.decision_evaluation_key", KEY)
            .field("state", "i.state", ENUM)
            .field("evaluationFailure", "i.evaluation_failure", STRING)
            .field("evaluationDate", "i.evaluation_date", DATE)
            .field("decisionDefinitionKey", "i.decision_definition_key", KEY)
            .field("decisionDefinitionId", "i.decision_id", STRING)
            .field("decisionDefinitionName", "i.decision_name", STRING)
            .field("decisionDefinitionVersion", "i.decision_version", INT)
            .field("decisionDefinitionType", "i.decision_type", ENUM)
            .field("processDefinitionKey", "i.process_definition_key", KEY)
            .field("processInstanceKey", "i.process_instance_key", KEY)
            .field("elementInstanceKey", "i.element_instance_key", KEY)
            .field("tenantId", "i.tenant_id", STRING)
            .build();
  }

  public EntitySearch.Page<DecisionDefinitionResult> decisionDefinitions(JsonNode body) {
    return definitions.search(jdbc, body);
  }

  public DecisionDefinitionResult decisionDefinition(long key) {
    return single(
        jdbc.query(
            "SELECT * FROM rt_decision_definition d WHERE d.decision_definition_key = ?",
            (rs, i) -> definition(rs),
            key),
        "Decision definition with key '" + key + "' not found");
  }

  /** The XML of the decision requirements graph that contains the decision. */
  public String decisionDefinitionXml(long key) {
    return xml(
        "SELECT r.content FROM rt_decision_definition d JOIN rt_decision_requirements q ON"
            + " q.decision_requirements_key = d.decision_requirements_key JOIN rt_resource r ON"
            + " r.resource_key = q.resource_key WHERE d.decision_definition_key = ?",
        key,
        "Decision definition with key '" + key + "' not found");
  }

  public EntitySearch.Page<DecisionRequirementsResult> decisionRequirements(JsonNode body) {
    return requirements.search(jdbc, body);
  }

  public DecisionRequirementsResult decisionRequirement(long key) {
    return single(
        jdbc.query(
            "SELECT * FROM rt_decision_requirements q WHERE q.decision_requirements_key = ?",
            (rs, i) -> requirements(rs),
            key),
        "Decision requirements with key '" + key + "' not found");
  }

  public String decisionRequirementsXml(long key) {
    return xml(
        "SELECT r.content FROM rt_decision_requirements q JOIN rt_resource r ON"
            + " r.resource_key = q.resource_key WHERE q.decision_requirements_key = ?",
        key,
        "Decision requirements with key '" + key + "' not found");
  }

  public EntitySearch.Page<DecisionInstanceResult> decisionInstances(JsonNode body) {
    return instances.search(jdbc, body);
  }

  /** One decision instance with its evaluated inputs and matched rules. */
  public DecisionInstanceGetQueryResult decisionInstance(String id) {
    return single(
        jdbc.query(
            "SELECT * FROM rt_decision_instance WHERE decision_instance_id = ?",
            (rs, i) -> fullInstance(rs),
            id),
        "Decision instance with key '" + id + "' not found");
  }

  private String xml(String sql, long key, String notFound) {
    List<byte[]> content = jdbc.query(sql, (rs, i) -> rs.getBytes(1), key);
    return new String(single(content, notFound), StandardCharsets.UTF_8);
  }

  private static <T> T single(List<T> rows, String notFound) {
    if (rows.isEmpty()) {
      throw new NotFoundException(notFound);
    }
    return rows.get(0);
  }

  private static DecisionDefinitionResult definition(ResultSet rs) throws SQLException {
    return new DecisionDefinitionResult()
        .decisionDefinitionKey(String.valueOf(rs.getLong("decision_definition_key")))
        .decisionDefinitionId(rs.getString("decision_id"))
        .name(rs.getString("name"))
        .version(rs.getInt("version"))
        .decisionRequirementsId(rs.getString("decision_requirements_id"))
        .decisionRequirementsKey(String.valueOf(rs.getLong("decision_requirements_key")))
        .tenantId(rs.getString("tenant_id"));
  }

  private static DecisionRequirementsResult requirements(ResultSet rs) throws SQLException {
    return new DecisionRequirementsResult()
        .decisionRequirementsKey(String.valueOf(rs.getLong("decision_requirements_key")))
        .decisionRequirementsId(rs.getString("decision_requirements_id"))
        .decisionRequirementsName(rs.getString("name"))
        .version(rs.getInt("version"))
        .resourceName(rs.getString("resource_name"))
        .tenantId(rs.getString("tenant_id"));
  }

  private static DecisionInstanceResult instance(ResultSet rs) throws SQLException {
    return new DecisionInstanceResult()
        .decisionEvaluationInstanceKey(rs.getString("decision_instance_id"))
        .decisionEvaluationKey(String.valueOf(rs.getLong("decision_evaluation_key")))
        .state(DecisionInstanceStateEnum.fromValue(rs.getString("state")))
        .evaluationDate(SearchRows.date(rs, "evaluation_date"))
        .evaluationFailure(rs.getString("evaluation_failure"))
        .decisionDefinitionKey(String.valueOf(rs.getLong("decision_definition_key")))
        .decisionDefinitionId(rs.getString("decision_id"))
        .decisionDefinitionName(rs.getString("decision_name"))
        .decisionDefinitionVersion(rs.getInt("decision_version"))
        .decisionDefinitionType(DecisionDefinitionTypeEnum.fromValue(rs.getString("decision_type")))
        .result(rs.getString("result"))
        .processDefinitionKey(keyOrMinusOne(rs, "process_definition_key"))
        .processInstanceKey(keyOrMinusOne(rs, "process_instance_key"))
        .elementInstanceKey(keyOrMinusOne(rs, "element_instance_key"))
        .tenantId(rs.getString("tenant_id"));
  }

  private static DecisionInstanceGetQueryResult fullInstance(ResultSet rs) throws SQLException {
    DecisionInstanceResult base = instance(rs);
    List<EvaluatedDecisionInputItem> inputs = new ArrayList<>();
    for (var input : parse(rs.getString("evaluated_inputs"), INPUTS)) {
      inputs.add(
          new EvaluatedDecisionInputItem()
              .inputId(input.inputId())
              .inputName(input.inputName())
              .inputValue(input.valueJson()));
    }
    List<MatchedDecisionRuleItem> rules = new ArrayList<>();
    for (var rule : parse(rs.getString("matched_rules"), RULES)) {
      rules.add(matchedRule(rule));
    }
    return new DecisionInstanceGetQueryResult()
        .decisionEvaluationInstanceKey(base.getDecisionEvaluationInstanceKey())
        .decisionEvaluationKey(base.getDecisionEvaluationKey())
        .state(base.getState())
        .evaluationDate(base.getEvaluationDate())
        .evaluationFailure(base.getEvaluationFailure())
        .decisionDefinitionKey(base.getDecisionDefinitionKey())
        .decisionDefinitionId(base.getDecisionDefinitionId())
        .decisionDefinitionName(base.getDecisionDefinitionName())
        .decisionDefinitionVersion(base.getDecisionDefinitionVersion())
        .decisionDefinitionType(base.getDecisionDefinitionType())
        .result(base.getResult())
        .processDefinitionKey(base.getProcessDefinitionKey())
        .processInstanceKey(base.getProcessInstanceKey())
        .elementInstanceKey(base.getElementInstanceKey())
        .tenantId(base.getTenantId())
        .evaluatedInputs(inputs)
        .matchedRules(rules);
  }

  /** A matched rule as the v2 API reports it (also in the evaluate endpoint's response). */
  public static MatchedDecisionRuleItem matchedRule(DecisionEvaluation.MatchedRule rule) {
    List<EvaluatedDecisionOutputItem> outputs = new ArrayList<>();
    for (var output : rule.outputs()) {
      outputs.add(
          new EvaluatedDecisionOutputItem()
              .outputId(output.outputId())
              .outputName(output.outputName())
              .outputValue(output.valueJson()));
    }
    return new MatchedDecisionRuleItem()
        .ruleId(rule.ruleId())
        .ruleIndex(rule.ruleIndex())
        .evaluatedOutputs(outputs);
  }

  private static <T> List<T> parse(String json, TypeReference<List<T>> type) {
    if (json == null) {
      return List.of();
    }
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (Exception e) {
      throw new IllegalStateException("stored decision audit is not valid JSON", e);
    }
  }

  /** A standalone evaluation belongs to no process: the client expects -1, not null. */
  private static String keyOrMinusOne(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? "-1" : String.valueOf(value);
  }
}
