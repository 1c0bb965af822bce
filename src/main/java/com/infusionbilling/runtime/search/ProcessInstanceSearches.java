package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.BOOLEAN;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.date;
import static com.infusionbilling.runtime.search.SearchRows.key;
import static com.infusionbilling.runtime.search.SearchRows.notFound;
import static com.infusionbilling.runtime.search.SearchRows.single;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.engine.ElementInstanceState;
import com.infusionbilling.runtime.engine.IncidentState;
import com.infusionbilling.runtime.engine.ProcessInstanceState;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.shared.ValuePrefix;
import com.infusionbilling.runtime.state.Json;
import com.infusionbilling.runtime.state.SqlStates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches of process instances and what they consist of (v2 {@code /process-instances}, {@code
 * /element-instances}, call hierarchy, sequence flows): filterable and sortable properties mapped
 * to {@code rt_process_instance} and {@code rt_element_instance}, rows mapped to the records below
 * (the REST layer maps them to the client's result types).
 */
public final class ProcessInstanceSearches {

  /** A process instance as the v2 search reports it. */
  public record ProcessInstance(
      long processInstanceKey,
      long processDefinitionKey,
      String processDefinitionId,
      String processDefinitionName,
      int processDefinitionVersion,
      String processDefinitionVersionTag,
      Instant startDate,
      Instant endDate,
      ProcessInstanceState state,
      boolean hasIncident,
      String tenantId,
      Long parentProcessInstanceKey,
      Long parentElementInstanceKey,
      List<String> tags) {}

  /** An element instance as the v2 search reports it ({@code type} is the BPMN element type). */
  public record ElementInstance(
      long elementInstanceKey,
      long processInstanceKey,
      long processDefinitionKey,
      String processDefinitionId,
      String elementId,
      String elementName,
      String type,
      ElementInstanceState state,
      boolean hasIncident,
      Long incidentKey,
      String tenantId,
      Instant startDate,
      Instant endDate) {}

  /** One process instance of a call hierarchy. */
  public record CallHierarchyEntry(
      long processInstanceKey, long processDefinitionKey, String processDefinitionName) {}

  /** A sequence flow taken in a process instance. */
  public record SequenceFlow(
      String sequenceFlowId,
      long processInstanceKey,
      long processDefinitionKey,
      String processDefinitionId,
      String tenantId) {}

  private final JdbcTemplate jdbc;
  private final EntitySearch<ProcessInstance> processInstances;
  private final EntitySearch<ElementInstance> elementInstances;

  public ProcessInstanceSearches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;

    // An instance has an incident when it or an instance it called (at any depth) has one, as
    // Operate shows incidents up the call hierarchy.
    String activeIncident = "p.active_incidents > 0";
    processInstances =
        EntitySearch.over(
                "(SELECT p0.*, (SELECT COUNT(*) FROM rt_incident i0 JOIN rt_process_instance c0"
                    + " ON c0.process_instance_key = i0.process_instance_key"
                    + " WHERE i0.state = "
                    + SqlStates.of(IncidentState.ACTIVE)
                    + " AND c0.root_process_instance_key = p0.root_process_instance_key"
                    + " AND c0.tree_path LIKE CONCAT(p0.tree_path, '%')) AS active_incidents"
                    + " FROM rt_process_instance p0) p",
                "p.process_instance_key",
                (rs, i) -> processInstance(rs))
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
  }

  public EntitySearch.Page<ProcessInstance> processInstances(JsonNode body) {
    return processInstances.search(jdbc, body);
  }

  public EntitySearch.Page<ElementInstance> elementInstances(JsonNode body) {
    return elementInstances.search(jdbc, body);
  }

  public ProcessInstance processInstance(long key) {
    return single(
        processInstances.search(jdbc, null, sql -> sql.and("p.process_instance_key = ?", key)),
        "process instance",
        key);
  }

  /**
   * The call hierarchy of a process instance: the instances from the root of its call hierarchy
   * down to the instance itself, root first.
   */
  public List<CallHierarchyEntry> callHierarchy(long key) {
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
    List<CallHierarchyEntry> entries = new ArrayList<>();
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
                new CallHierarchyEntry(
                    rs.getLong("process_instance_key"),
                    rs.getLong("process_definition_key"),
                    name == null ? rs.getString("bpmn_process_id") : name));
          },
          Long.parseLong(part));
    }
    return entries;
  }

  public ElementInstance elementInstance(long key) {
    return single(
        elementInstances.search(jdbc, null, sql -> sql.and("e.element_instance_key = ?", key)),
        "element instance",
        key);
  }

  /**
   * The sequence flows taken at least once in a process instance: those that led into element
   * instances, plus tokens still waiting at joins.
   */
  public List<SequenceFlow> sequenceFlows(long processInstanceKey) {
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
    long processDefinitionKey = ((Number) row.get("process_definition_key")).longValue();
    List<SequenceFlow> result = new ArrayList<>();
    for (String flowId : taken) {
      result.add(
          new SequenceFlow(
              flowId,
              processInstanceKey,
              processDefinitionKey,
              (String) row.get("bpmn_process_id"),
              (String) row.get("tenant_id")));
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
        // an equal value has an equal prefix: the (name, value_prefix) index finds the candidates
        JsonNode equal = valueFilter.isObject() ? valueFilter.get("$eq") : valueFilter;
        if (equal != null && equal.isValueNode() && !equal.isNull()) {
          inner.and("v.value_prefix = ?", ValuePrefix.of(equal.asText()));
        }
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

  // ---------------------------------------------------------------------------------------------
  // Row mapping

  private static ProcessInstance processInstance(ResultSet rs) throws SQLException {
    String tags = rs.getString("tags");
    return new ProcessInstance(
        rs.getLong("process_instance_key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getString("process_name"),
        rs.getInt("process_version"),
        rs.getString("version_tag"),
        date(rs, "start_time"),
        date(rs, "end_time"),
        ProcessInstanceState.valueOf(rs.getString("state")),
        rs.getLong("active_incidents") > 0,
        rs.getString("tenant_id"),
        key(rs, "parent_process_instance_key"),
        key(rs, "parent_element_instance_key"),
        tags == null || tags.isBlank() ? List.of() : List.of(tags.split(",")));
  }

  /**
   * A call activity has an incident when an instance it called (at any depth) has one, as Operate
   * shows incidents up the call hierarchy (only active call activities can have such instances).
   */
  private static final String CALLED_INSTANCE_INCIDENT =
      "(e.element_type = 'CALL_ACTIVITY' AND e.state = "
          + SqlStates.of(ElementInstanceState.ACTIVE)
          + " AND EXISTS (SELECT 1"
          + " FROM rt_process_instance c JOIN rt_process_instance d"
          + " ON d.root_process_instance_key = c.root_process_instance_key"
          + " AND d.tree_path LIKE CONCAT(c.tree_path, '%')"
          + " JOIN rt_incident i ON i.process_instance_key = d.process_instance_key"
          + " AND i.state = "
          + SqlStates.of(IncidentState.ACTIVE)
          + " WHERE c.parent_element_instance_key = e.element_instance_key"
          + " AND c.state = "
          + SqlStates.of(ProcessInstanceState.ACTIVE)
          + "))";

  private boolean calledInstanceHasIncident(long callActivityKey) {
    return !jdbc.queryForList(
            "SELECT 1 FROM rt_element_instance e WHERE e.element_instance_key = ? AND "
                + CALLED_INSTANCE_INCIDENT,
            Integer.class,
            callActivityKey)
        .isEmpty();
  }

  private ElementInstance elementInstance(ResultSet rs) throws SQLException {
    Long incidentKey = key(rs, "incident_key");
    ElementInstanceState state = ElementInstanceState.valueOf(rs.getString("state"));
    boolean hasIncident =
        incidentKey != null
            || "CALL_ACTIVITY".equals(rs.getString("element_type"))
                && state == ElementInstanceState.ACTIVE
                && calledInstanceHasIncident(rs.getLong("element_instance_key"));
    return new ElementInstance(
        rs.getLong("element_instance_key"),
        rs.getLong("process_instance_key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getString("element_id"),
        rs.getString("element_name") == null
            ? rs.getString("element_id")
            : rs.getString("element_name"),
        rs.getString("element_type"),
        state,
        hasIncident,
        incidentKey,
        rs.getString("tenant_id"),
        date(rs, "start_time"),
        date(rs, "end_time"));
  }
}
