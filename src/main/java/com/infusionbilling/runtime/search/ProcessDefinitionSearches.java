package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.BOOLEAN;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.notFound;
import static com.infusionbilling.runtime.search.SearchRows.single;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.state.DefinitionStore;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches of process definitions (v2 {@code /process-definitions}) over {@code
 * rt_process_definition}, and a definition's BPMN XML.
 */
public final class ProcessDefinitionSearches {

  private final JdbcTemplate jdbc;
  private final DefinitionStore definitions;
  private final EntitySearch<ProcessDefinitionResult> processDefinitions;

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

  public EntitySearch.Page<ProcessDefinitionResult> processDefinitions(JsonNode body) {
    return processDefinitions.search(jdbc, body);
  }

  public ProcessDefinitionResult processDefinition(long key) {
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

  private static ProcessDefinitionResult definition(ResultSet rs) throws SQLException {
    return new ProcessDefinitionResult()
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .name(rs.getString("name"))
        .version(rs.getInt("version"))
        .versionTag(rs.getString("version_tag"))
        .resourceName(rs.getString("resource_name"))
        .tenantId(rs.getString("tenant_id"))
        .hasStartForm(rs.getBoolean("has_start_form"));
  }
}
