package com.infusionbilling.runtime.engine;

import static com.infusionbilling.runtime.engine.InstanceStore.nullableLong;

import com.fasterxml.jackson.core.type.TypeReference;
import com.infusionbilling.runtime.state.Json;
import com.infusionbilling.runtime.state.SqlStates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rows of jobs ({@code rt_job}) and incidents ({@code rt_incident}) of process instances. */
public final class JobIncidentStore {

  private final JdbcTemplate jdbc;

  JobIncidentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // ---------------------------------------------------------------------------------------------
  // Activation (for JobActivator, inside its transaction)

  /** Activated jobs: rows of {deadline, activatable_at (the deadline), worker, job key}. */
  public void markActivated(List<Object[]> rows) {
    jdbc.batchUpdate(
        "UPDATE rt_job SET deadline = ?, activatable_at = ?, worker = ? WHERE job_key = ?", rows);
  }

  /** Activated jobs whose deadline passed time out; they are activatable again. */
  public int timeOutExpired(long now) {
    return jdbc.update(
        "UPDATE rt_job SET state = "
            + SqlStates.of(JobState.TIMED_OUT)
            + ", deadline = NULL, worker = NULL"
            + " WHERE deadline IS NOT NULL AND deadline <= ?",
        now);
  }

  /**
   * Jobs that could not be delivered are activatable again: rows of {activatable_at, job key,
   * deadline}; a job activated anew meanwhile (another deadline) is left alone.
   */
  public void giveBack(List<Object[]> rows) {
    jdbc.batchUpdate(
        "UPDATE rt_job SET deadline = NULL, worker = NULL, activatable_at = ?"
            + " WHERE job_key = ? AND deadline = ?",
        rows);
  }

  /**
   * Writes the jobs and incidents a command created or changed, and cancels and resolves those it
   * only knew by key; new jobs are remembered with their process instance in {@code jobInstances}.
   */
  void write(ProcessInstanceExecution execution, boolean upsert, Map<Long, Long> jobInstances) {
    List<Object[]> jobRows = new ArrayList<>();
    for (JobRecord job : execution.waits().jobs()) {
      if (!job.persisted) {
        jobInstances.put(job.key, job.processInstanceKey);
      } else if (!job.dirty) {
        continue;
      } else if (!upsert) {
        updateJob(job);
        continue;
      }
      jobRows.add(
          new Object[] {
            job.key,
            job.type,
            job.state.name(),
            job.activatableAt,
            job.kind,
            job.listenerEventType,
            job.processInstanceKey,
            job.elementInstanceKey,
            job.elementId,
            job.bpmnProcessId,
            job.processDefinitionKey,
            job.processDefinitionVersion,
            job.retries,
            job.deadline,
            job.worker,
            job.customHeaders == null || job.customHeaders.isEmpty()
                ? null
                : Json.write(job.customHeaders),
            job.errorCode,
            job.errorMessage,
            job.failedWithRetriesLeft,
            job.tenantId,
            job.createdAt,
            job.endTime,
            job.scopePath,
            job.userTask
          });
    }
    if (!jobRows.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO rt_job (job_key, job_type, state, activatable_at, kind,"
              + " listener_event_type, process_instance_key, element_instance_key, element_id,"
              + " bpmn_process_id, process_definition_key, process_definition_version, retries,"
              + " deadline, worker, custom_headers, error_code, error_message,"
              + " failed_with_retries_left, tenant_id, created_at, end_time, scope_path, user_task)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
              + (upsert
                  ? " ON DUPLICATE KEY UPDATE state = VALUES(state),"
                      + " activatable_at = VALUES(activatable_at), retries = VALUES(retries),"
                      + " deadline = VALUES(deadline), worker = VALUES(worker),"
                      + " error_code = VALUES(error_code), error_message = VALUES(error_message),"
                      + " failed_with_retries_left = VALUES(failed_with_retries_left),"
                      + " end_time = VALUES(end_time)"
                  : ""),
          jobRows,
          new int[] {
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.INTEGER,
            Types.INTEGER,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR
          });
    }
    for (Long jobKey : execution.waits().canceledJobKeys()) {
      jdbc.update(
          "UPDATE rt_job SET state = "
              + SqlStates.of(JobState.CANCELED)
              + ", activatable_at = NULL, deadline = NULL,"
              + " end_time = ? WHERE job_key = ? AND state NOT IN ("
              + SqlStates.of(JobState.COMPLETED, JobState.CANCELED)
              + ")",
          execution.now(),
          jobKey);
    }

    for (IncidentRecord incident : execution.waits().incidents()) {
      if (!incident.persisted) {
        jdbc.update(
            "INSERT INTO rt_incident (incident_key, process_instance_key, process_definition_key,"
                + " bpmn_process_id, element_instance_key, element_id, job_key, error_type,"
                + " error_message, state, creation_time, resolved_time, tenant_id)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            incident.key,
            incident.processInstanceKey,
            incident.processDefinitionKey,
            incident.bpmnProcessId,
            incident.elementInstanceKey,
            incident.elementId,
            incident.jobKey,
            incident.errorType,
            incident.errorMessage,
            incident.state.name(),
            incident.creationTime,
            incident.resolvedTime,
            incident.tenantId);
      } else if (incident.dirty) {
        jdbc.update(
            "UPDATE rt_incident SET state = ?, resolved_time = ? WHERE incident_key = ?",
            incident.state.name(),
            incident.resolvedTime,
            incident.key);
      }
    }
    for (Long incidentKey : execution.waits().resolvedIncidentKeys()) {
      jdbc.update(
          "UPDATE rt_incident SET state = "
              + SqlStates.of(IncidentState.RESOLVED)
              + ", resolved_time = ? WHERE incident_key = ? AND state = "
              + SqlStates.of(IncidentState.ACTIVE),
          execution.now(),
          incidentKey);
    }
  }

  void updateJob(JobRecord job) {
    jdbc.update(
        "UPDATE rt_job SET state = ?, activatable_at = ?, retries = ?, deadline = ?, worker = ?,"
            + " error_code = ?, error_message = ?, failed_with_retries_left = ?, end_time = ?"
            + " WHERE job_key = ?",
        job.state.name(),
        job.activatableAt,
        job.retries,
        job.deadline,
        job.worker,
        job.errorCode,
        job.errorMessage,
        job.failedWithRetriesLeft,
        job.endTime,
        job.key);
  }

  IncidentRecord loadIncident(long incidentKey) {
    List<IncidentRecord> rows =
        jdbc.query(
            "SELECT * FROM rt_incident WHERE incident_key = ?",
            (rs, i) ->
                new IncidentRecord(
                    rs.getLong("incident_key"),
                    rs.getLong("process_instance_key"),
                    rs.getLong("process_definition_key"),
                    rs.getString("bpmn_process_id"),
                    rs.getLong("element_instance_key"),
                    rs.getString("element_id"),
                    nullableLong(rs, "job_key"),
                    rs.getString("error_type"),
                    rs.getString("error_message"),
                    rs.getLong("creation_time"),
                    rs.getString("tenant_id"),
                    IncidentState.valueOf(rs.getString("state")),
                    nullableLong(rs, "resolved_time"),
                    true),
            incidentKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public static JobRecord mapJob(ResultSet rs) throws SQLException {
    String headers = rs.getString("custom_headers");
    Map<String, String> customHeaders =
        headers == null
            ? Map.of()
            : Json.MAPPER.convertValue(
                Json.parse(headers), new TypeReference<LinkedHashMap<String, String>>() {});
    JobRecord job =
        new JobRecord(
            rs.getLong("job_key"),
            rs.getString("job_type"),
            rs.getLong("process_instance_key"),
            rs.getLong("element_instance_key"),
            rs.getString("element_id"),
            rs.getString("bpmn_process_id"),
            rs.getLong("process_definition_key"),
            rs.getInt("process_definition_version"),
            rs.getString("tenant_id"),
            rs.getLong("created_at"),
            customHeaders,
            rs.getString("kind"),
            rs.getString("listener_event_type"),
            true);
    job.state = JobState.valueOf(rs.getString("state"));
    job.activatableAt = nullableLong(rs, "activatable_at");
    job.retries = rs.getInt("retries");
    job.deadline = nullableLong(rs, "deadline");
    job.worker = rs.getString("worker");
    job.errorCode = rs.getString("error_code");
    job.errorMessage = rs.getString("error_message");
    job.failedWithRetriesLeft = rs.getBoolean("failed_with_retries_left");
    job.endTime = nullableLong(rs, "end_time");
    job.scopePath = rs.getString("scope_path");
    job.userTask = rs.getString("user_task");
    return job;
  }
}
