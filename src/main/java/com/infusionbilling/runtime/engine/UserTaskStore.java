package com.infusionbilling.runtime.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.infusionbilling.runtime.state.Json;
import com.infusionbilling.runtime.state.SqlStates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of user tasks and their candidates: written with the process instance that created,
 * completed or canceled them, and read and changed by the user task commands (assignment, update).
 * Also finds the forms user tasks link to.
 */
public final class UserTaskStore implements FormLookup {

  private final JdbcTemplate jdbc;

  public UserTaskStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the user task changes of a command on one process instance. */
  void write(ProcessInstanceExecution execution) {
    for (UserTaskRecord task : execution.waits().userTasks()) {
      if (!task.persisted) {
        insert(task);
      } else if (task.dirty) {
        update(task);
      }
    }
    for (Long elementInstanceKey : execution.waits().canceledUserTaskElements()) {
      jdbc.update(
          "UPDATE rt_user_task SET state = "
              + SqlStates.of(UserTaskState.CANCELED)
              + ", completion_time = ? WHERE element_instance_key = ? AND state = "
              + SqlStates.of(UserTaskState.CREATED),
          execution.now(),
          elementInstanceKey);
    }
  }

  private void insert(UserTaskRecord task) {
    jdbc.update(
        "INSERT INTO rt_user_task (user_task_key, element_instance_key, process_instance_key,"
            + " process_definition_key, bpmn_process_id, process_definition_version, process_name,"
            + " element_id, name, state, assignee, candidate_groups, candidate_users, due_date,"
            + " follow_up_date, priority, form_key, external_form_reference, custom_headers,"
            + " creation_time, completion_time, tenant_id, scope_path, task_action,"
            + " pending_transition) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        task.key,
        task.elementInstanceKey,
        task.processInstanceKey,
        task.processDefinitionKey,
        task.bpmnProcessId,
        task.processDefinitionVersion,
        task.processName,
        task.elementId,
        task.name,
        task.state.name(),
        task.assignee,
        Json.write(task.candidateGroups),
        Json.write(task.candidateUsers),
        task.dueDate,
        task.followUpDate,
        task.priority,
        task.formKey,
        task.externalFormReference,
        task.customHeaders.isEmpty() ? null : Json.write(task.customHeaders),
        task.creationTime,
        task.completionTime,
        task.tenantId,
        task.scopePath,
        task.action,
        task.pendingTransition);
    writeCandidates(task);
  }

  /** Writes a task's changeable properties (state, assignee, schedule, candidates, priority). */
  public void update(UserTaskRecord task) {
    jdbc.update(
        "UPDATE rt_user_task SET state = ?, assignee = ?, candidate_groups = ?,"
            + " candidate_users = ?, due_date = ?, follow_up_date = ?, priority = ?,"
            + " completion_time = ?, task_action = ?, pending_transition = ?"
            + " WHERE user_task_key = ?",
        task.state.name(),
        task.assignee,
        Json.write(task.candidateGroups),
        Json.write(task.candidateUsers),
        task.dueDate,
        task.followUpDate,
        task.priority,
        task.completionTime,
        task.action,
        task.pendingTransition,
        task.key);
    jdbc.update("DELETE FROM rt_user_task_candidate WHERE user_task_key = ?", task.key);
    writeCandidates(task);
  }

  private void writeCandidates(UserTaskRecord task) {
    List<Object[]> rows = new ArrayList<>();
    for (String group : new java.util.LinkedHashSet<>(task.candidateGroups)) {
      rows.add(new Object[] {task.key, "GROUP", group});
    }
    for (String user : new java.util.LinkedHashSet<>(task.candidateUsers)) {
      rows.add(new Object[] {task.key, "USER", user});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO rt_user_task_candidate (user_task_key, kind, candidate) VALUES (?,?,?)",
          rows);
    }
  }

  /** Applies changes (user task attribute name → new value; null clears) to a task. */
  public static void apply(UserTaskRecord task, Map<String, Object> changes) {
    TaskListenerRunner.apply(task, changes);
  }

  /** The open user task of an element instance (its transition may wait for listeners), or null. */
  public UserTaskRecord openOf(long elementInstanceKey) {
    List<UserTaskRecord> rows =
        jdbc.query(
            "SELECT * FROM rt_user_task WHERE element_instance_key = ?"
                + " AND state NOT IN ("
                + SqlStates.of(UserTaskState.COMPLETED, UserTaskState.CANCELED)
                + ") FOR UPDATE",
            (rs, i) -> map(rs),
            elementInstanceKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The process instance of a user task, or null when no such user task exists. */
  public Long processInstanceOf(long userTaskKey) {
    List<Long> rows =
        jdbc.queryForList(
            "SELECT process_instance_key FROM rt_user_task WHERE user_task_key = ?",
            Long.class,
            userTaskKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Reads a user task, locking its row when asked; null when there is no such task. */
  public UserTaskRecord load(long userTaskKey, boolean forUpdate) {
    List<UserTaskRecord> rows =
        jdbc.query(
            "SELECT * FROM rt_user_task WHERE user_task_key = ?" + (forUpdate ? " FOR UPDATE" : ""),
            (rs, i) -> map(rs),
            userTaskKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static UserTaskRecord map(ResultSet rs) throws SQLException {
    UserTaskRecord task =
        new UserTaskRecord(
            rs.getLong("user_task_key"),
            rs.getLong("element_instance_key"),
            rs.getLong("process_instance_key"),
            rs.getLong("process_definition_key"),
            rs.getString("bpmn_process_id"),
            rs.getInt("process_definition_version"),
            rs.getString("process_name"),
            rs.getString("element_id"),
            rs.getString("name"),
            rs.getString("tenant_id"),
            rs.getLong("creation_time"),
            rs.getString("scope_path"),
            true);
    task.state = UserTaskState.valueOf(rs.getString("state"));
    task.assignee = rs.getString("assignee");
    task.candidateGroups = stringList(rs.getString("candidate_groups"));
    task.candidateUsers = stringList(rs.getString("candidate_users"));
    task.dueDate = InstanceStore.nullableLong(rs, "due_date");
    task.followUpDate = InstanceStore.nullableLong(rs, "follow_up_date");
    task.priority = rs.getInt("priority");
    task.formKey = InstanceStore.nullableLong(rs, "form_key");
    task.externalFormReference = rs.getString("external_form_reference");
    String headers = rs.getString("custom_headers");
    task.customHeaders =
        headers == null
            ? Map.of()
            : Json.MAPPER.convertValue(
                Json.parse(headers), new TypeReference<LinkedHashMap<String, String>>() {});
    task.completionTime = InstanceStore.nullableLong(rs, "completion_time");
    task.action = rs.getString("task_action");
    task.pendingTransition = rs.getString("pending_transition");
    return task;
  }

  /** A JSON array of strings as stored in candidate_groups / candidate_users. */
  public static List<String> stringList(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    return Json.MAPPER.convertValue(Json.parse(json), new TypeReference<List<String>>() {});
  }

  // --- forms ----------------------------------------------------------------------------------

  @Override
  public Long latest(String formId, String tenantId) {
    List<Long> rows =
        jdbc.queryForList(
            "SELECT form_key FROM rt_form WHERE form_id = ? AND tenant_id = ?"
                + " ORDER BY version DESC LIMIT 1",
            Long.class,
            formId,
            tenantId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public Long withVersionTag(String formId, String versionTag, String tenantId) {
    List<Long> rows =
        jdbc.queryForList(
            "SELECT form_key FROM rt_form WHERE form_id = ? AND version_tag = ? AND tenant_id = ?"
                + " ORDER BY version DESC LIMIT 1",
            Long.class,
            formId,
            versionTag,
            tenantId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public Long inDeploymentOf(String formId, long processDefinitionKey) {
    List<Long> rows =
        jdbc.queryForList(
            "SELECT l.form_key FROM rt_deployment_form l JOIN rt_process_definition d"
                + " ON d.deployment_key = l.deployment_key"
                + " WHERE l.form_id = ? AND d.process_definition_key = ?",
            Long.class,
            formId,
            processDefinitionKey);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
