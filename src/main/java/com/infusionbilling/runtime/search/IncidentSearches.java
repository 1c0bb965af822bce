package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.date;
import static com.infusionbilling.runtime.search.SearchRows.key;
import static com.infusionbilling.runtime.search.SearchRows.single;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.engine.IncidentState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches of incidents (v2 {@code /incidents}, an instance's incidents), over {@code rt_incident}.
 */
public final class IncidentSearches {

  /** An incident as the v2 search reports it ({@code errorType} as the API spells it). */
  public record Incident(
      long incidentKey,
      long processInstanceKey,
      long processDefinitionKey,
      String processDefinitionId,
      long elementInstanceKey,
      String elementId,
      Long jobKey,
      String errorType,
      String errorMessage,
      IncidentState state,
      Instant creationTime,
      String tenantId) {}

  private final JdbcTemplate jdbc;
  private final EntitySearch<Incident> incidents;

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

  public EntitySearch.Page<Incident> incidents(JsonNode body) {
    return incidents.search(jdbc, body);
  }

  public EntitySearch.Page<Incident> incidentsOfProcessInstance(long key, JsonNode body) {
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

  public Incident incident(long key) {
    return single(
        incidents.search(jdbc, null, sql -> sql.and("n.incident_key = ?", key)), "incident", key);
  }

  private static Incident incident(ResultSet rs) throws SQLException {
    return new Incident(
        rs.getLong("incident_key"),
        rs.getLong("process_instance_key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getLong("element_instance_key"),
        rs.getString("element_id"),
        key(rs, "job_key"),
        rs.getString("error_type"),
        rs.getString("error_message"),
        IncidentState.valueOf(rs.getString("state")),
        date(rs, "creation_time"),
        rs.getString("tenant_id"));
  }
}
