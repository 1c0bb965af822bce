package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.BOOLEAN;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.notFound;
import static com.infusionbilling.runtime.search.SearchRows.single;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.state.DefinitionStore;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches of process definitions (v2 {@code /process-definitions}) over {@code
 * rt_process_definition}, and a definition's BPMN XML.
 */
public final class ProcessDefinitionSearches {

  /** A deployed process definition as the v2 search reports it. */
  public record ProcessDefinition(
      long processDefinitionKey,
      String processDefinitionId,
      String name,
      int version,
      String versionTag,
      String resourceName,
      String tenantId,
      boolean hasStartForm) {}

  private final JdbcTemplate jdbc;
  private final DefinitionStore definitions;
  private final EntitySearch<ProcessDefinition> processDefinitions;

  public ProcessDefinitionSearches(JdbcTemplate jdbc, DefinitionStore definitions) {
    this.jdbc = jdbc;
    this.definitions = definitions;
    processDefinitions =
        EntitySearch.over(
                "rt_process_definition d", "d.process_definition_key", (rs, i) -> definition(rs))
            .field("processDefinitionKey", "d.process_definition_key", KEY)
            .field("processDefinitionId", "d.bpmn_process_id", STRING)
            .field("name", "d.name", STRING)
            .field("version", "d.version", INT)
            .field("versionTag", "d.version_tag", STRING)
            .field("resourceName", "d.resource_name", STRING)
            .field("tenantId", "d.tenant_id", STRING)
            .field("hasStartForm", "d.has_start_form", BOOLEAN)
            .filter(
                "isLatestVersion",
                (prop, value, sql) -> {
                  String latest =
                      "d.version = (SELECT MAX(d2.version) FROM rt_process_definition d2 WHERE"
                          + " d2.bpmn_process_id = d.bpmn_process_id AND d2.tenant_id ="
                          + " d.tenant_id)";
                  sql.and(
                      (Boolean) EntitySearch.convert(prop, BOOLEAN, value)
                          ? latest
                          : "NOT (" + latest + ")");
                })
            .build();
  }

  public EntitySearch.Page<ProcessDefinition> processDefinitions(JsonNode body) {
    return processDefinitions.search(jdbc, body);
  }

  public ProcessDefinition processDefinition(long key) {
    return single(
        processDefinitions.search(jdbc, null, sql -> sql.and("d.process_definition_key = ?", key)),
        "process definition",
        key);
  }

  public String processDefinitionXml(long key) {
    DefinitionStore.ProcessDefinitionRow row = definitions.byKey(key);
    if (row == null) {
      throw notFound("process definition", key);
    }
    return new String(definitions.resourceContent(row.resourceKey()), StandardCharsets.UTF_8);
  }

  private static ProcessDefinition definition(ResultSet rs) throws SQLException {
    return new ProcessDefinition(
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getString("name"),
        rs.getInt("version"),
        rs.getString("version_tag"),
        rs.getString("resource_name"),
        rs.getString("tenant_id"),
        rs.getBoolean("has_start_form"));
  }
}
