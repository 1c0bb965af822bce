package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.engine.UserTaskState;
import com.infusionbilling.runtime.engine.UserTaskStore;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.Json;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The v2 user task searches and gets (docs.camunda.io REST API v2 "User task"): the task search
 * with its filters (state, assignee, candidate group and user, keys, element, dates, priority,
 * variables), a task, its linked form, and the variables visible to it.
 */
public final class UserTaskSearches {

  /** A Camunda user task as the v2 search reports it ({@code formKey} null without a form). */
  public record UserTask(
      long userTaskKey,
      String name,
      UserTaskState state,
      String assignee,
      String elementId,
      long elementInstanceKey,
      List<String> candidateGroups,
      List<String> candidateUsers,
      String processDefinitionId,
      long processDefinitionKey,
      int processDefinitionVersion,
      String processName,
      long processInstanceKey,
      Instant creationDate,
      Instant completionDate,
      Instant dueDate,
      Instant followUpDate,
      int priority,
      Long formKey,
      String externalFormReference,
      Map<String, String> customHeaders,
      String tenantId) {}

  /** A deployed form with its schema (form-js JSON). */
  public record Form(long formKey, String formId, long version, String tenantId, String schema) {}

  private final JdbcTemplate jdbc;
  private final DefinitionStore definitions;
  private final EntitySearch<UserTask> userTasks;
  private final EntitySearch<VariableSearches.Variable> variables;

  public UserTaskSearches(JdbcTemplate jdbc, DefinitionStore definitions) {
    this.jdbc = jdbc;
    this.definitions = definitions;
    userTasks =
        EntitySearch.over("rt_user_task t", "t.user_task_key", (rs, i) -> userTask(rs))
            .field("userTaskKey", "t.user_task_key", KEY)
            .field("state", "t.state", ENUM)
            .field("assignee", "t.assignee", STRING)
            .field("priority", "t.priority", INT)
            .field("elementId", "t.element_id", STRING)
            .field("name", "t.name", STRING)
            .filter("candidateGroup", (prop, value, sql) -> candidate(prop, value, sql, "GROUP"))
            .filter("candidateUser", (prop, value, sql) -> candidate(prop, value, sql, "USER"))
            .field("tenantId", "t.tenant_id", STRING)
            .field("processDefinitionId", "t.bpmn_process_id", STRING)
            .field("creationDate", "t.creation_time", DATE)
            .field("completionDate", "t.completion_time", DATE)
            .field("followUpDate", "t.follow_up_date", DATE)
            .field("dueDate", "t.due_date", DATE)
            .filter(
                "processInstanceVariables",
                (prop, value, sql) -> variableFilter(prop, value, sql, "t.process_instance_key"))
            .filter(
                "localVariables",
                (prop, value, sql) -> variableFilter(prop, value, sql, "t.element_instance_key"))
            .field("processDefinitionKey", "t.process_definition_key", KEY)
            .field("processInstanceKey", "t.process_instance_key", KEY)
            .field("elementInstanceKey", "t.element_instance_key", KEY)
            .build();
    variables =
        EntitySearch.over(
                "rt_variable v", "v.variable_key", (rs, i) -> VariableSearches.variable(rs))
            .field("name", "v.name", STRING)
            .sort("value", "v.var_value")
            .sort("tenantId", "v.tenant_id")
            .sort("variableKey", "v.variable_key")
            .sort("scopeKey", "v.scope_key")
            .sort("processInstanceKey", "v.process_instance_key")
            .build();
  }

  public EntitySearch.Page<UserTask> search(JsonNode body) {
    return userTasks.search(jdbc, body);
  }

  public UserTask get(long userTaskKey) {
    List<UserTask> items =
        userTasks.search(jdbc, null, sql -> sql.and("t.user_task_key = ?", userTaskKey)).items();
    if (items.isEmpty()) {
      throw notFound(userTaskKey);
    }
    return items.get(0);
  }

  /**
   * The form linked to a process definition's none start event; null when it has none (204). A
   * linked form that is not deployed is a 404.
   */
  public Form startForm(long processDefinitionKey) {
    DefinitionStore.ProcessDefinitionRow row = definitions.requireByKey(processDefinitionKey);
    ExecutableProcess.StartForm startForm =
        definitions.executable(processDefinitionKey).startForm();
    if (startForm == null) {
      return null;
    }
    UserTaskStore forms = new UserTaskStore(jdbc);
    Long formKey =
        "deployment".equals(startForm.binding())
            ? forms.inDeploymentOf(startForm.formId(), processDefinitionKey)
            : forms.latest(startForm.formId(), row.tenantId());
    if (formKey == null) {
      throw new NotFoundException(
          "Expected to find the start form with id '"
              + startForm.formId()
              + "' of process definition with key '"
              + processDefinitionKey
              + "', but no such form is deployed");
    }
    return formByKey(formKey);
  }

  /** The task's linked form; null when the task has none (204). */
  public Form form(long userTaskKey) {
    List<Long> formKeys =
        jdbc.query(
            "SELECT form_key FROM rt_user_task WHERE user_task_key = ?",
            (rs, i) -> {
              long key = rs.getLong(1);
              return rs.wasNull() ? -1L : key;
            },
            userTaskKey);
    if (formKeys.isEmpty()) {
      throw notFound(userTaskKey);
    }
    if (formKeys.get(0) < 0) {
      return null;
    }
    return formByKey(formKeys.get(0));
  }

  private Form formByKey(long formKey) {
    return jdbc
        .query(
            "SELECT f.form_key, f.form_id, f.version, f.tenant_id, r.content FROM rt_form f"
                + " JOIN rt_resource r ON r.resource_key = f.resource_key WHERE f.form_key = ?",
            (rs, i) ->
                new Form(
                    rs.getLong("form_key"),
                    rs.getString("form_id"),
                    rs.getLong("version"),
                    rs.getString("tenant_id"),
                    new String(rs.getBytes("content"), StandardCharsets.UTF_8)),
            formKey)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The variables visible to the task: those of its element instance and of every scope above it,
   * an inner variable hiding an outer one of the same name.
   */
  public EntitySearch.Page<VariableSearches.Variable> variables(long userTaskKey, JsonNode body) {
    List<String> paths =
        jdbc.queryForList(
            "SELECT scope_path FROM rt_user_task WHERE user_task_key = ?",
            String.class,
            userTaskKey);
    if (paths.isEmpty()) {
      throw notFound(userTaskKey);
    }
    List<Long> scopes = Arrays.stream(paths.get(0).split(",")).map(Long::valueOf).toList();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < scopes.size(); i++) {
      marks.append(i == 0 ? "?" : ",?");
    }
    Map<Long, Integer> depth = new LinkedHashMap<>();
    for (int i = 0; i < scopes.size(); i++) {
      depth.put(scopes.get(i), i);
    }
    Map<String, long[]> innermost = new LinkedHashMap<>(); // name -> {variable key, depth}
    jdbc.query(
        "SELECT variable_key, scope_key, name FROM rt_variable WHERE scope_key IN (" + marks + ")",
        rs -> {
          int d = depth.get(rs.getLong("scope_key"));
          long[] known = innermost.get(rs.getString("name"));
          if (known == null || d < known[1]) {
            innermost.put(rs.getString("name"), new long[] {rs.getLong("variable_key"), d});
          }
        },
        scopes.toArray());
    Set<Long> visible = new HashSet<>();
    innermost.values().forEach(v -> visible.add(v[0]));
    return variables.search(
        jdbc,
        body,
        sql -> {
          if (visible.isEmpty()) {
            sql.and("1 = 0");
            return;
          }
          StringBuilder in = new StringBuilder();
          for (int i = 0; i < visible.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
          }
          sql.and("v.variable_key IN (" + in + ")", visible.toArray());
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static void candidate(
      String property, JsonNode value, EntitySearch.Sql sql, String kind) {
    EntitySearch.Sql inner = new EntitySearch.Sql();
    EntitySearch.applyOperators(property, "c.candidate", STRING, value, inner);
    List<Object> args = new ArrayList<>();
    args.add(kind);
    args.addAll(inner.args());
    sql.and(
        "EXISTS (SELECT 1 FROM rt_user_task_candidate c WHERE c.user_task_key = t.user_task_key"
            + " AND c.kind = ?"
            + inner.where()
            + ")",
        args.toArray());
  }

  private static void variableFilter(
      String property, JsonNode value, EntitySearch.Sql sql, String scopeColumn) {
    if (!value.isArray()) {
      throw new InvalidArgumentException(
          "The filter property '" + property + "' expects a list of {name, value}");
    }
    for (JsonNode item : value) {
      String name = item.path("name").asText(null);
      if (name == null || name.isBlank()) {
        throw new InvalidArgumentException("A '" + property + "' filter entry needs a 'name'");
      }
      EntitySearch.Sql inner = new EntitySearch.Sql();
      JsonNode valueFilter = item.get("value");
      if (valueFilter != null && !valueFilter.isNull()) {
        EntitySearch.applyOperators(property + ".value", "v.var_value", STRING, valueFilter, inner);
      }
      List<Object> args = new ArrayList<>();
      args.add(name);
      args.addAll(inner.args());
      sql.and(
          "EXISTS (SELECT 1 FROM rt_variable v WHERE v.scope_key = "
              + scopeColumn
              + " AND v.name = ?"
              + inner.where()
              + ")",
          args.toArray());
    }
  }

  private static UserTask userTask(ResultSet rs) throws SQLException {
    String headers = rs.getString("custom_headers");
    Map<String, String> customHeaders = new LinkedHashMap<>();
    if (headers != null) {
      Json.MAPPER
          .convertValue(Json.parse(headers), Map.class)
          .forEach((k, v) -> customHeaders.put(String.valueOf(k), String.valueOf(v)));
    }
    long formKey = rs.getLong("form_key");
    boolean noForm = rs.wasNull();
    return new UserTask(
        rs.getLong("user_task_key"),
        rs.getString("name"),
        UserTaskState.valueOf(rs.getString("state")),
        rs.getString("assignee"),
        rs.getString("element_id"),
        rs.getLong("element_instance_key"),
        UserTaskStore.stringList(rs.getString("candidate_groups")),
        UserTaskStore.stringList(rs.getString("candidate_users")),
        rs.getString("bpmn_process_id"),
        rs.getLong("process_definition_key"),
        rs.getInt("process_definition_version"),
        rs.getString("process_name"),
        rs.getLong("process_instance_key"),
        SearchRows.date(rs, "creation_time"),
        SearchRows.date(rs, "completion_time"),
        SearchRows.date(rs, "due_date"),
        SearchRows.date(rs, "follow_up_date"),
        rs.getInt("priority"),
        noForm ? null : formKey,
        rs.getString("external_form_reference"),
        customHeaders,
        rs.getString("tenant_id"));
  }

  private static NotFoundException notFound(long userTaskKey) {
    return new NotFoundException(
        "Expected to find user task with key '"
            + userTaskKey
            + "', but no such user task was found");
  }
}
