package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.date;
import static com.infusionbilling.runtime.search.SearchRows.keyString;
import static com.infusionbilling.runtime.search.SearchRows.single;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.IncidentResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches of incidents (v2 {@code /incidents}, an instance's incidents), over {@code rt_incident}.
 */
public final class IncidentSearches {

  private final JdbcTemplate jdbc;
  private final EntitySearch<IncidentResult> incidents;

  public IncidentSearches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    incidents =
        EntitySearch.over("rt_incident n", "n.incident_key", (rs, i) -> incident(rs))
            .field("incidentKey", "n.incident_key", KEY)
            .field("processInstanceKey", "n.process_instance_key", KEY)
            .field("processDefinitionKey", "n.process_definition_key", KEY)
            .field("processDefinitionId", "n.bpmn_process_id", STRING)
            .field("elementInstanceKey", "n.element_instance_key", KEY)
            .field("elementId", "n.element_id", STRING)
            .field("jobKey", "n.job_key", KEY)
            .field("errorType", "n.error_type", ENUM)
            .field("errorMessage", "n.error_message", STRING)
            .field("state", "n.state", ENUM)
            .field("creationTime", "n.creation_time", DATE)
            .field("tenantId", "n.tenant_id", STRING)
            .build();
  }

  public EntitySearch.Page<IncidentResult> incidents(JsonNode body) {
    return incidents.search(jdbc, body);
  }

  public EntitySearch.Page<IncidentResult> incidentsOfProcessInstance(long key, JsonNode body) {
    // the incidents of the instance and of every instance it called, at any depth
    return incidents.search(
        jdbc,
        body,
        sql ->
            sql.and(
                "n.process_instance_key IN (SELECT c.process_instance_key FROM rt_process_instance"
                    + " c, rt_process_instance r WHERE r.process_instance_key = ?"
                    + " AND c.root_process_instance_key = r.root_process_instance_key"
                    + " AND c.tree_path LIKE CONCAT(r.tree_path, '%'))",
                key));
  }

  public IncidentResult incident(long key) {
    return single(
        incidents.search(jdbc, null, sql -> sql.and("n.incident_key = ?", key)), "incident", key);
  }

  private static IncidentResult incident(ResultSet rs) throws SQLException {
    return new IncidentResult()
        .incidentKey(String.valueOf(rs.getLong("incident_key")))
        .processInstanceKey(String.valueOf(rs.getLong("process_instance_key")))
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .elementInstanceKey(String.valueOf(rs.getLong("element_instance_key")))
        .elementId(rs.getString("element_id"))
        .jobKey(keyString(rs, "job_key"))
        .errorType(IncidentResult.ErrorTypeEnum.fromValue(rs.getString("error_type")))
        .errorMessage(rs.getString("error_message"))
        .state(IncidentResult.StateEnum.fromValue(rs.getString("state")))
        .creationTime(date(rs, "creation_time"))
        .tenantId(rs.getString("tenant_id"));
  }
}
