package com.infusionbilling.runtime.decision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.dmn.parser.ParsedDmn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Deployed decision definitions, and their parsed DMN (built once per decision requirements graph
 * from the stored resource and cached; deployed resources never change).
 */
public final class DecisionStore {

  public record DecisionDefinitionRow(
      long key,
      String decisionId,
      String name,
      int version,
      long decisionRequirementsKey,
      String decisionRequirementsId,
      long deploymentKey,
      String tenantId) {}

  private static final String SELECT =
      "SELECT d.decision_definition_key, d.decision_id, d.name, d.version,"
          + " d.decision_requirements_key, d.decision_requirements_id, d.deployment_key,"
          + " d.tenant_id FROM rt_decision_definition d";

  private static final RowMapper<DecisionDefinitionRow> MAPPER =
      (rs, i) ->
          new DecisionDefinitionRow(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getInt(4),
              rs.getLong(5),
              rs.getString(6),
              rs.getLong(7),
              rs.getString(8));

  private final JdbcTemplate jdbc;
  private final DecisionEngine engine;
  private final Map<Long, ParsedDmn> parsed = new ConcurrentHashMap<>();

  public DecisionStore(JdbcTemplate jdbc, DecisionEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  public DecisionEngine engine() {
    return engine;
  }

  public DecisionDefinitionRow latest(String decisionId, String tenantId) {
    return first(
        jdbc.query(
            SELECT + " WHERE d.decision_id = ? AND d.tenant_id = ? ORDER BY d.version DESC LIMIT 1",
            MAPPER,
            decisionId,
            tenantId));
  }

  /** The latest version of the decision that carries the version tag (bindingType versionTag). */
  public DecisionDefinitionRow latestWithVersionTag(
      String decisionId, String versionTag, String tenantId) {
    return first(
        jdbc.query(
            SELECT
                + " WHERE d.decision_id = ? AND d.version_tag = ? AND d.tenant_id = ?"
                + " ORDER BY d.version DESC LIMIT 1",
            MAPPER,
            decisionId,
            versionTag,
            tenantId));
  }

  public DecisionDefinitionRow byKey(long key) {
    return first(jdbc.query(SELECT + " WHERE d.decision_definition_key = ?", MAPPER, key));
  }

  /** The version of the decision that the given deployment contained (new or unchanged). */
  public DecisionDefinitionRow inDeployment(String decisionId, long deploymentKey) {
    return first(
        jdbc.query(
            SELECT
                + " JOIN rt_deployed_decision x ON x.decision_definition_key ="
                + " d.decision_definition_key WHERE x.deployment_key = ? AND x.decision_id = ?",
            MAPPER,
            deploymentKey,
            decisionId));
  }

  /** The decisions of one decision requirements graph, by decision id. */
  public Map<String, DecisionDefinitionRow> ofRequirements(long decisionRequirementsKey) {
    Map<String, DecisionDefinitionRow> byId = new java.util.LinkedHashMap<>();
    jdbc.query(SELECT + " WHERE d.decision_requirements_key = ?", MAPPER, decisionRequirementsKey)
        .forEach(row -> byId.put(row.decisionId(), row));
    return byId;
  }

  /** The parsed DMN of a decision requirements graph, from its stored resource on first use. */
  public ParsedDmn parsed(long decisionRequirementsKey) {
    return parsed.computeIfAbsent(
        decisionRequirementsKey,
        key -> {
          var resource =
              jdbc.queryForObject(
                  "SELECT r.resource_name, r.content FROM rt_decision_requirements q JOIN"
                      + " rt_resource r ON r.resource_key = q.resource_key"
                      + " WHERE q.decision_requirements_key = ?",
                  (rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2)},
                  key);
          return engine.parse((String) resource[0], (byte[]) resource[1]);
        });
  }

  public void cache(long decisionRequirementsKey, ParsedDmn dmn) {
    parsed.put(decisionRequirementsKey, dmn);
  }

  private static <T> T first(List<T> rows) {
    return rows.isEmpty() ? null : rows.get(0);
  }
}
