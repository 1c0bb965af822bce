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
import com.infusionbilling.runtime.state.Json;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Searches of jobs (v2 {@code /jobs/search}), over {@code rt_job}. */
public final class JobSearches {

  private final JdbcTemplate jdbc;
  private final EntitySearch<JobSearchResult> jobs;

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

  public EntitySearch.Page<JobSearchResult> jobs(JsonNode body) {
    return jobs.search(jdbc, body);
  }

  private static JobSearchResult job(ResultSet rs) throws SQLException {
    String headers = rs.getString("custom_headers");
    Map<String, String> customHeaders =
        headers == null
            ? new LinkedHashMap<>()
            : Json.MAPPER.convertValue(
                Json.parse(headers), new TypeReference<LinkedHashMap<String, String>>() {});
    return new JobSearchResult()
        .jobKey(String.valueOf(rs.getLong("job_key")))
        .type(rs.getString("job_type"))
        .worker(rs.getString("worker") == null ? "" : rs.getString("worker"))
        .state(JobStateEnum.fromValue(rs.getString("state")))
        .kind(JobKindEnum.fromValue(rs.getString("kind")))
        .listenerEventType(JobListenerEventTypeEnum.fromValue(rs.getString("listener_event_type")))
        .retries(rs.getInt("retries"))
        .isDenied(false)
        .errorCode(rs.getString("error_code"))
        .errorMessage(rs.getString("error_message"))
        .hasFailedWithRetriesLeft(rs.getBoolean("failed_with_retries_left"))
        .deadline(date(rs, "deadline"))
        .endTime(date(rs, "end_time"))
        .customHeaders(customHeaders)
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processInstanceKey(String.valueOf(rs.getLong("process_instance_key")))
        .elementId(rs.getString("element_id"))
        .elementInstanceKey(String.valueOf(rs.getLong("element_instance_key")))
        .tenantId(rs.getString("tenant_id"));
  }
}
