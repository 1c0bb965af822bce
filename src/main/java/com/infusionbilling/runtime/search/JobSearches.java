package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.BOOLEAN;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.date;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.engine.JobState;
import com.infusionbilling.runtime.state.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Searches of jobs (v2 {@code /jobs/search}), over {@code rt_job}. */
public final class JobSearches {

  /**
   * A job as the v2 search reports it ({@code kind} and {@code listenerEventType} as the API spells
   * them; {@code worker} empty while no worker holds it).
   */
  public record Job(
      long jobKey,
      String type,
      String worker,
      JobState state,
      String kind,
      String listenerEventType,
      int retries,
      String errorCode,
      String errorMessage,
      boolean hasFailedWithRetriesLeft,
      Instant deadline,
      Instant endTime,
      Map<String, String> customHeaders,
      String processDefinitionId,
      long processDefinitionKey,
      long processInstanceKey,
      String elementId,
      long elementInstanceKey,
      String tenantId) {}

  private final JdbcTemplate jdbc;
  private final EntitySearch<Job> jobs;

  public JobSearches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jobs =
        EntitySearch.over("rt_job j", "j.job_key", (rs, i) -> job(rs))
            .field("jobKey", "j.job_key", KEY)
            .field("type", "j.job_type", STRING)
            .field("worker", "j.worker", STRING)
            .field("state", "j.state", ENUM)
            .field("kind", "j.kind", ENUM)
            .field("listenerEventType", "j.listener_event_type", ENUM)
            .field("processDefinitionId", "j.bpmn_process_id", STRING)
            .field("processDefinitionKey", "j.process_definition_key", KEY)
            .field("processInstanceKey", "j.process_instance_key", KEY)
            .field("elementId", "j.element_id", STRING)
            .field("elementInstanceKey", "j.element_instance_key", KEY)
            .field("retries", "j.retries", INT)
            .field("errorCode", "j.error_code", STRING)
            .field("errorMessage", "j.error_message", STRING)
            .field("deadline", "j.deadline", DATE)
            .field("endTime", "j.end_time", DATE)
            .field("tenantId", "j.tenant_id", STRING)
            .field("hasFailedWithRetriesLeft", "j.failed_with_retries_left", BOOLEAN)
            .filter(
                "isDenied",
                (prop, value, sql) -> {
                  if ((Boolean) EntitySearch.convert(prop, BOOLEAN, value)) {
                    sql.and("1 = 0"); // no job listeners: nothing is ever denied
                  }
                })
            .unsupported("deniedReason")
            .build();
  }

  public EntitySearch.Page<Job> jobs(JsonNode body) {
    return jobs.search(jdbc, body);
  }

  private static Job job(ResultSet rs) throws SQLException {
    String headers = rs.getString("custom_headers");
    Map<String, String> customHeaders =
        headers == null
            ? new LinkedHashMap<>()
            : Json.MAPPER.convertValue(
                Json.parse(headers), new TypeReference<LinkedHashMap<String, String>>() {});
    return new Job(
        rs.getLong("job_key"),
        rs.getString("job_type"),
        rs.getString("worker") == null ? "" : rs.getString("worker"),
        JobState.valueOf(rs.getString("state")),
        rs.getString("kind"),
        rs.getString("listener_event_type"),
        rs.getInt("retries"),
        rs.getString("error_code"),
        rs.getString("error_message"),
        rs.getBoolean("failed_with_retries_left"),
        date(rs, "deadline"),
        date(rs, "end_time"),
        customHeaders,
        rs.getString("bpmn_process_id"),
        rs.getLong("process_definition_key"),
        rs.getLong("process_instance_key"),
        rs.getString("element_id"),
        rs.getLong("element_instance_key"),
        rs.getString("tenant_id"));
  }
}
