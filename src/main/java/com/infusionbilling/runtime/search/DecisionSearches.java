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
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The v2 searches and gets over decision definitions, decision requirements and decision instances
 * (which Camunda Process Test's decision assertions read).
 */
public final class DecisionSearches {

  /** A deployed decision definition. */
  public record DecisionDefinition(
      long decisionDefinitionKey,
      String decisionDefinitionId,
      String name,
      int version,
      String decisionRequirementsId,
      long decisionRequirementsKey,
      String tenantId) {}

  /** A deployed decision requirements graph (one DMN resource). */
  public record DecisionRequirements(
      long decisionRequirementsKey,
      String decisionRequirementsId,
      String decisionRequirementsName,
      int version,
      String resourceName,
      String tenantId) {}

  /**
   * One evaluated decision of an evaluation ({@code state} and {@code decisionDefinitionType} as
   * the API spells them). A standalone evaluation belongs to no process: its process definition,
   * process instance and element instance keys are -1, as the client expects.
   */
  public record DecisionInstance(
      String decisionEvaluationInstanceKey,
      long decisionEvaluationKey,
      String state,
      Instant evaluationDate,
      String evaluationFailure,
      long decisionDefinitionKey,
      String decisionDefinitionId,
      String decisionDefinitionName,
      int decisionDefinitionVersion,
      String decisionDefinitionType,
      String result,
      long processDefinitionKey,
      long processInstanceKey,
      long elementInstanceKey,
      String tenantId) {}

  /** A decision instance with the inputs it evaluated and the rules that matched. */
  public record DecisionInstanceDetail(
      DecisionInstance instance,
      List<DecisionEvaluation.EvaluatedInput> evaluatedInputs,
      List<DecisionEvaluation.MatchedRule> matchedRules) {}

  private static final TypeReference<List<DecisionEvaluation.EvaluatedInput>> INPUTS =
      new TypeReference<>() {};
  private static final TypeReference<List<DecisionEvaluation.MatchedRule>> RULES =
      new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final EntitySearch<DecisionDefinition> definitions;
  private final EntitySearch<DecisionRequirements> requirements;
  private final EntitySearch<DecisionInstance> instances;

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

  public EntitySearch.Page<DecisionDefinition> decisionDefinitions(JsonNode body) {
    return definitions.search(jdbc, body);
  }

  public DecisionDefinition decisionDefinition(long key) {
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

  public EntitySearch.Page<DecisionRequirements> decisionRequirements(JsonNode body) {
    return requirements.search(jdbc, body);
  }

  public DecisionRequirements decisionRequirement(long key) {
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

  public EntitySearch.Page<DecisionInstance> decisionInstances(JsonNode body) {
    return instances.search(jdbc, body);
  }

  /** One decision instance with its evaluated inputs and matched rules. */
  public DecisionInstanceDetail decisionInstance(String id) {
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

  private static DecisionDefinition definition(ResultSet rs) throws SQLException {
    return new DecisionDefinition(
        rs.getLong("decision_definition_key"),
        rs.getString("decision_id"),
        rs.getString("name"),
        rs.getInt("version"),
        rs.getString("decision_requirements_id"),
        rs.getLong("decision_requirements_key"),
        rs.getString("tenant_id"));
  }

  private static DecisionRequirements requirements(ResultSet rs) throws SQLException {
    return new DecisionRequirements(
        rs.getLong("decision_requirements_key"),
        rs.getString("decision_requirements_id"),
        rs.getString("name"),
        rs.getInt("version"),
        rs.getString("resource_name"),
        rs.getString("tenant_id"));
  }

  private static DecisionInstance instance(ResultSet rs) throws SQLException {
    return new DecisionInstance(
        rs.getString("decision_instance_id"),
        rs.getLong("decision_evaluation_key"),
        rs.getString("state"),
        SearchRows.date(rs, "evaluation_date"),
        rs.getString("evaluation_failure"),
        rs.getLong("decision_definition_key"),
        rs.getString("decision_id"),
        rs.getString("decision_name"),
        rs.getInt("decision_version"),
        rs.getString("decision_type"),
        rs.getString("result"),
        keyOrMinusOne(rs, "process_definition_key"),
        keyOrMinusOne(rs, "process_instance_key"),
        keyOrMinusOne(rs, "element_instance_key"),
        rs.getString("tenant_id"));
  }

  private static DecisionInstanceDetail fullInstance(ResultSet rs) throws SQLException {
    return new DecisionInstanceDetail(
        instance(rs),
        parse(rs.getString("evaluated_inputs"), INPUTS),
        parse(rs.getString("matched_rules"), RULES));
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
  private static long keyOrMinusOne(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? -1 : value;
  }
}
