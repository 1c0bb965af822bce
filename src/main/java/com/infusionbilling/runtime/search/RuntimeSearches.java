package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.BOOLEAN;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.Json;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The v2 search and get endpoints' read side: each entity's filterable and sortable properties
 * mapped to the runtime tables, and rows mapped to the client's own result types.
 */
public final class RuntimeSearches {

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private final JdbcTemplate jdbc;
  private final DefinitionStore definitions;

  private final EntitySearch<ProcessInstanceResult> processInstances;
  private final EntitySearch<ElementInstanceResult> elementInstances;
  private final EntitySearch<VariableSearchResult> variables;
  private final EntitySearch<IncidentResult> incidents;
  private final EntitySearch<JobSearchResult> jobs;
  private final EntitySearch<ProcessDefinitionResult> processDefinitions;

  public RuntimeSearches(JdbcTemplate jdbc, DefinitionStore definitions) {
    this.jdbc = jdbc;
    this.definitions = definitions;

    // An instance has an incident when it or an instance it called (at any depth) has one, as
    // Operate shows incidents up the call hierarchy.
    String activeIncident = "p.active_incidents > 0";
    processInstances =
        EntitySearch.over(
                "(SELECT p0.*, (SELECT COUNT(*) FROM rt_incident i0 JOIN rt_process_instance c0"
                    + " ON c0.process_instance_key = i0.process_instance_key"
                    + " WHERE i0.state = 'ACTIVE'"
                    + " AND c0.root_process_instance_key = p0.root_process_instance_key"
                    + " AND c0.tree_path LIKE CONCAT(p0.tree_path, '%')) AS active_incidents"
                    + " FROM rt_process_instance p0) p",
                "p.process_instance_key", (rs, i) -> processInstance(rs))
            .field("processInstanceKey", "p.process_instance_key", KEY)
            .field("processDefinitionId", "p.bpmn_process_id", STRING)
            .field("processDefinitionName", "p.process_name", STRING)
            .field("processDefinitionVersion", "p.process_version", INT)
            .field("processDefinitionVersionTag", "p.version_tag", STRING)
            .field("processDefinitionKey", "p.process_definition_key", KEY)
            .field("parentProcessInstanceKey", "p.parent_process_instance_key", KEY)
            .field("parentElementInstanceKey", "p.parent_element_instance_key", KEY)
            .field("startDate", "p.start_time", DATE)
            .field("endDate", "p.end_time", DATE)
            .field("state", "p.state", ENUM)
            .field("tenantId", "p.tenant_id", STRING)
            .filter(
                "hasIncident",
                (prop, value, sql) ->
                    sql.and(
                        (Boolean) EntitySearch.convert(prop, BOOLEAN, value)
                            ? activeIncident
                            : "NOT " + activeIncident))
            .sort("hasIncident", "p.active_incidents")
            .filter("variables", this::variableValueFilter)
            .filter(
                "elementId",
                (prop, value, sql) -> elementExists(prop, value, sql, "e.element_id", STRING))
            .filter(
                "elementInstanceState",
                (prop, value, sql) -> elementExists(prop, value, sql, "e.state", ENUM))
            .filter(
                "hasElementInstanceIncident",
                (prop, value, sql) -> {
                  String exists =
                      "EXISTS (SELECT 1 FROM rt_element_instance e WHERE e.process_instance_key ="
                          + " p.process_instance_key AND e.incident_key IS NOT NULL)";
                  sql.and(
                      (Boolean) EntitySearch.convert(prop, BOOLEAN, value)
                          ? exists
                          : "NOT " + exists);
                })
            .unsupported("tags")
            .unsupported("batchOperationId")
            .unsupported("errorMessage")
            .unsupported("hasRetriesLeft")
            .unsupported("incidentErrorHashCode")
            .unsupported("$or")
            .build();

    elementInstances =
        EntitySearch.over(
                "rt_element_instance e", "e.element_instance_key", (rs, i) -> elementInstance(rs))
            .where("e.element_type <> 'PROCESS'")
            .field("elementInstanceKey", "e.element_instance_key", KEY)
            .field("processInstanceKey", "e.process_instance_key", KEY)
            .field("processDefinitionKey", "e.process_definition_key", KEY)
            .field("processDefinitionId", "e.bpmn_process_id", STRING)
            .field("elementId", "e.element_id", STRING)
            .field("elementName", "e.element_name", STRING)
            .field("type", "e.element_type", ENUM)
            .field("state", "e.state", ENUM)
            .field("incidentKey", "e.incident_key", KEY)
            .field("tenantId", "e.tenant_id", STRING)
            .field("startDate", "e.start_time", DATE)
            .field("endDate", "e.end_time", DATE)
            .field("elementInstanceScopeKey", "e.flow_scope_key", KEY)
            .filter(
                "hasIncident",
                (prop, value, sql) ->
                    sql.and(
                        ((Boolean) EntitySearch.convert(prop, BOOLEAN, value) ? "" : "NOT ")
                            + "(e.incident_key IS NOT NULL OR "
                            + CALLED_INSTANCE_INCIDENT
                            + ")"))
            .build();

    variables =
        EntitySearch.over("rt_variable v", "v.variable_key", (rs, i) -> variable(rs))
            .field("variableKey", "v.variable_key", KEY)
            .field("name", "v.name", STRING)
            .field("value", "v.var_value", STRING)
            .field("scopeKey", "v.scope_key", KEY)
            .field("processInstanceKey", "v.process_instance_key", KEY)
            .field("tenantId", "v.tenant_id", STRING)
            .filter(
                "isTruncated",
                (prop, value, sql) -> {
                  if ((Boolean) EntitySearch.convert(prop, BOOLEAN, value)) {
                    sql.and("1 = 0"); // this runtime never truncates values
                  }
                })
            .build();

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

  // ---------------------------------------------------------------------------------------------

  public EntitySearch.Page<ProcessInstanceResult> processInstances(JsonNode body) {
    return processInstances.search(jdbc, body);
  }

  public EntitySearch.Page<ElementInstanceResult> elementInstances(JsonNode body) {
    return elementInstances.search(jdbc, body);
  }

  public EntitySearch.Page<VariableSearchResult> variables(JsonNode body) {
    return variables.search(jdbc, body);
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

  public EntitySearch.Page<JobSearchResult> jobs(JsonNode body) {
    return jobs.search(jdbc, body);
  }

  public EntitySearch.Page<ProcessDefinitionResult> processDefinitions(JsonNode body) {
    return processDefinitions.search(jdbc, body);
  }

  public ProcessInstanceResult processInstance(long key) {
    return single(
        processInstances.search(jdbc, null, sql -> sql.and("p.process_instance_key = ?", key)),
        "process instance",
        key);
  }

  /**
   * The call hierarchy of a process instance: the instances from the root of its call hierarchy
   * down to the instance itself, root first.
   */
  public List<io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry> callHierarchy(
      long key) {
    List<String> paths =
        jdbc.queryForList(
            "SELECT tree_path FROM rt_process_instance WHERE process_instance_key = ?",
            String.class,
            key);
    if (paths.isEmpty()) {
      throw new NotFoundException(
          "Expected to find the call hierarchy of process instance with key '"
              + key
              + "', but no such process instance was found");
    }
    List<io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry> entries =
        new ArrayList<>();
    String path = paths.get(0) == null ? "/" + key + "/" : paths.get(0);
    for (String part : path.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      jdbc.query(
          "SELECT process_instance_key, process_definition_key, process_name, bpmn_process_id"
              + " FROM rt_process_instance WHERE process_instance_key = ?",
          rs -> {
            String name = rs.getString("process_name");
            entries.add(
                new io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry()
                    .processInstanceKey(String.valueOf(rs.getLong("process_instance_key")))
                    .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
                    .processDefinitionName(name == null ? rs.getString("bpmn_process_id") : name));
          },
          Long.parseLong(part));
    }
    return entries;
  }

  public ElementInstanceResult elementInstance(long key) {
    return single(
        elementInstances.search(jdbc, null, sql -> sql.and("e.element_instance_key = ?", key)),
        "element instance",
        key);
  }

  public VariableSearchResult variable(long key) {
    return single(
        variables.search(jdbc, null, sql -> sql.and("v.variable_key = ?", key)), "variable", key);
  }

  public IncidentResult incident(long key) {
    return single(
        incidents.search(jdbc, null, sql -> sql.and("n.incident_key = ?", key)), "incident", key);
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

  /**
   * The sequence flows taken at least once in a process instance: those that led into element
   * instances, plus tokens still waiting at joins.
   */
  public List<ProcessInstanceSequenceFlowResult> sequenceFlows(long processInstanceKey) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT process_definition_key, bpmn_process_id, tenant_id, taken_flows"
                + " FROM rt_process_instance WHERE process_instance_key = ?",
            processInstanceKey);
    if (rows.isEmpty()) {
      throw notFound("process instance", processInstanceKey);
    }
    Map<String, Object> row = rows.get(0);
    java.util.Set<String> taken = new LinkedHashSet<>();
    Object legacy = row.get("taken_flows");
    if (legacy != null) {
      taken.addAll(
          Json.MAPPER.convertValue(
              Json.parse(legacy.toString()), new TypeReference<List<String>>() {}));
    }
    jdbc.query(
        "SELECT entered_by, runtime_data FROM rt_element_instance WHERE process_instance_key = ?"
            + " AND (entered_by IS NOT NULL OR runtime_data IS NOT NULL)"
            + " ORDER BY start_time, element_instance_key",
        rs -> {
          String enteredBy = rs.getString(1);
          if (enteredBy != null && !enteredBy.isBlank()) {
            taken.addAll(List.of(enteredBy.split(",")));
          }
          String data = rs.getString(2);
          if (data != null) {
            Map<String, Object> runtimeData =
                Json.MAPPER.convertValue(
                    Json.parse(data), new TypeReference<Map<String, Object>>() {});
            if (runtimeData.get("joins") instanceof Map<?, ?> joins) {
              for (Object flows : joins.values()) {
                if (flows instanceof Map<?, ?> counts) {
                  counts.keySet().forEach(f -> taken.add(String.valueOf(f)));
                }
              }
            }
          }
        },
        processInstanceKey);
    List<ProcessInstanceSequenceFlowResult> result = new ArrayList<>();
    for (String flowId : taken) {
      result.add(
          new ProcessInstanceSequenceFlowResult()
              .sequenceFlowId(flowId)
              .elementId(flowId)
              .processInstanceKey(String.valueOf(processInstanceKey))
              .processDefinitionKey(String.valueOf(row.get("process_definition_key")))
              .processDefinitionId((String) row.get("bpmn_process_id"))
              .tenantId((String) row.get("tenant_id")));
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------

  private void variableValueFilter(String property, JsonNode value, EntitySearch.Sql sql) {
    if (!value.isArray()) {
      throw new InvalidArgumentException(
          "The filter property 'variables' expects a list of {name, value}");
    }
    for (JsonNode item : value) {
      String name = item.path("name").asText(null);
      if (name == null || name.isBlank()) {
        throw new InvalidArgumentException("A variables filter entry needs a 'name'");
      }
      EntitySearch.Sql inner = new EntitySearch.Sql();
      JsonNode valueFilter = item.get("value");
      if (valueFilter != null && !valueFilter.isNull()) {
        EntitySearch.applyOperators("variables.value", "v.var_value", STRING, valueFilter, inner);
      }
      List<Object> args = new ArrayList<>();
      args.add(name);
      args.addAll(inner.args());
      sql.and(
          "EXISTS (SELECT 1 FROM rt_variable v WHERE v.process_instance_key ="
              + " p.process_instance_key AND v.name = ?"
              + inner.where()
              + ")",
          args.toArray());
    }
  }

  private static void elementExists(
      String property,
      JsonNode value,
      EntitySearch.Sql sql,
      String column,
      EntitySearch.ValueType type) {
    EntitySearch.Sql inner = new EntitySearch.Sql();
    EntitySearch.applyOperators(property, column, type, value, inner);
    sql.and(
        "EXISTS (SELECT 1 FROM rt_element_instance e WHERE e.process_instance_key ="
            + " p.process_instance_key"
            + inner.where()
            + ")",
        inner.args().toArray());
  }

  private static <T> T single(EntitySearch.Page<T> page, String what, long key) {
    if (page.items().isEmpty()) {
      throw notFound(what, key);
    }
    return page.items().get(0);
  }

  private static NotFoundException notFound(String what, long key) {
    return new NotFoundException(
        what.substring(0, 1).toUpperCase()
            + what.substring(1)
            + " with key '"
            + key
            + "' not found");
  }

  // ---------------------------------------------------------------------------------------------
  // Row mapping

  private static ProcessInstanceResult processInstance(ResultSet rs) throws SQLException {
    long key = rs.getLong("process_instance_key");
    boolean hasIncident = rs.getLong("active_incidents") > 0;
    String tags = rs.getString("tags");
    return new ProcessInstanceResult()
        .processInstanceKey(String.valueOf(key))
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .processDefinitionName(rs.getString("process_name"))
        .processDefinitionVersion(rs.getInt("process_version"))
        .processDefinitionVersionTag(rs.getString("version_tag"))
        .startDate(date(rs, "start_time"))
        .endDate(date(rs, "end_time"))
        .state(ProcessInstanceStateEnum.fromValue(rs.getString("state")))
        .hasIncident(hasIncident)
        .tenantId(rs.getString("tenant_id"))
        .parentProcessInstanceKey(keyString(rs, "parent_process_instance_key"))
        .parentElementInstanceKey(keyString(rs, "parent_element_instance_key"))
        .tags(
            tags == null || tags.isBlank()
                ? new LinkedHashSet<>()
                : new LinkedHashSet<>(List.of(tags.split(","))));
  }

  /**
   * A call activity has an incident when an instance it called (at any depth) has one, as Operate
   * shows incidents up the call hierarchy (only active call activities can have such instances).
   */
  private static final String CALLED_INSTANCE_INCIDENT =
      "(e.element_type = 'CALL_ACTIVITY' AND e.state = 'ACTIVE' AND EXISTS (SELECT 1"
          + " FROM rt_process_instance c JOIN rt_process_instance d"
          + " ON d.root_process_instance_key = c.root_process_instance_key"
          + " AND d.tree_path LIKE CONCAT(c.tree_path, '%')"
          + " JOIN rt_incident i ON i.process_instance_key = d.process_instance_key"
          + " AND i.state = 'ACTIVE'"
          + " WHERE c.parent_element_instance_key = e.element_instance_key"
          + " AND c.state = 'ACTIVE'))";

  private boolean calledInstanceHasIncident(long callActivityKey) {
    return !jdbc.queryForList(
            "SELECT 1 FROM rt_element_instance e WHERE e.element_instance_key = ? AND "
                + CALLED_INSTANCE_INCIDENT,
            Integer.class,
            callActivityKey)
        .isEmpty();
  }

  private ElementInstanceResult elementInstance(ResultSet rs) throws SQLException {
    boolean ownIncident = keyString(rs, "incident_key") != null;
    boolean hasIncident =
        ownIncident
            || "CALL_ACTIVITY".equals(rs.getString("element_type"))
                && "ACTIVE".equals(rs.getString("state"))
                && calledInstanceHasIncident(rs.getLong("element_instance_key"));
    return new ElementInstanceResult()
        .elementInstanceKey(String.valueOf(rs.getLong("element_instance_key")))
        .processInstanceKey(String.valueOf(rs.getLong("process_instance_key")))
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .elementId(rs.getString("element_id"))
        .elementName(
            rs.getString("element_name") == null
                ? rs.getString("element_id")
                : rs.getString("element_name"))
        .type(ElementInstanceResult.TypeEnum.fromValue(rs.getString("element_type")))
        .state(ElementInstanceStateEnum.fromValue(rs.getString("state")))
        .hasIncident(hasIncident)
        .incidentKey(keyString(rs, "incident_key"))
        .tenantId(rs.getString("tenant_id"))
        .startDate(date(rs, "start_time"))
        .endDate(date(rs, "end_time"));
  }

  /**
   * One variable row as the v2 API returns it (process-instance and user-task variable searches).
   */
  static VariableSearchResult variable(ResultSet rs) throws SQLException {
    return new VariableSearchResult()
        .variableKey(String.valueOf(rs.getLong("variable_key")))
        .name(rs.getString("name"))
        .value(rs.getString("var_value"))
        .isTruncated(false)
        .scopeKey(String.valueOf(rs.getLong("scope_key")))
        .processInstanceKey(String.valueOf(rs.getLong("process_instance_key")))
        .tenantId(rs.getString("tenant_id"));
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

  public static String date(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : DATE_FORMAT.format(Instant.ofEpochMilli(millis));
  }

  private static String keyString(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : String.valueOf(value);
  }
}
