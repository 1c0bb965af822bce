package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.shared.ValuePrefix;
import com.infusionbilling.runtime.state.Json;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes back what one command changed in a process instance: the instance row, its element
 * instances and variables (each table in batches), then its jobs and incidents, subscriptions and
 * timers, user tasks and compensation subscriptions through their stores. Tells the {@link
 * InstanceStore.InstanceEnded} listener, inside the transaction, when the instance ended.
 */
final class InstanceWriter {

  private final JdbcTemplate jdbc;
  private final JobIncidentStore jobsAndIncidents;
  private final InstanceEventStore eventStore;
  private final UserTaskStore userTaskStore;
  private InstanceStore.InstanceEnded instanceEnded = (key, state) -> {};

  /**
   * Whether the database takes MySQL's INSERT ... ON DUPLICATE KEY UPDATE (MySQL, MariaDB, H2 in
   * MySQL mode): new and changed rows of a table are then written in one batched statement.
   */
  private boolean upsert;

  InstanceWriter(
      JdbcTemplate jdbc,
      JobIncidentStore jobsAndIncidents,
      InstanceEventStore eventStore,
      UserTaskStore userTaskStore) {
    this.jdbc = jdbc;
    this.jobsAndIncidents = jobsAndIncidents;
    this.eventStore = eventStore;
    this.userTaskStore = userTaskStore;
  }

  void useUpserts(boolean upsert) {
    this.upsert = upsert;
  }

  void onInstanceEnded(InstanceStore.InstanceEnded listener) {
    this.instanceEnded = listener;
  }

  void write(ProcessInstanceExecution execution, Map<Long, Long> jobInstances) {
    ProcessInstanceRecord pi = execution.processInstance();
    String takenFlows = pi.takenFlows.isEmpty() ? null : Json.write(pi.takenFlows);
    if (!pi.persisted) {
      jdbc.update(
          "INSERT INTO rt_process_instance (process_instance_key, process_definition_key,"
              + " bpmn_process_id, process_version, version_tag, process_name, tenant_id, state,"
              + " start_time, end_time, parent_process_instance_key, parent_element_instance_key,"
              + " root_process_instance_key, taken_flows, tags, tree_path, terminate_after)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          pi.key,
          pi.processDefinitionKey,
          pi.bpmnProcessId,
          pi.version,
          pi.versionTag,
          pi.processName,
          pi.tenantId,
          pi.state.name(),
          pi.startTime,
          pi.endTime,
          pi.parentProcessInstanceKey,
          pi.parentElementInstanceKey,
          pi.rootProcessInstanceKey,
          takenFlows,
          pi.tags,
          pi.treePath(),
          pi.terminateAfterColumn());
    } else if (pi.dirty) {
      jdbc.update(
          "UPDATE rt_process_instance SET state = ?, end_time = ? WHERE process_instance_key = ?",
          pi.state.name(),
          pi.endTime,
          pi.key);
    }
    if ((!pi.persisted || pi.dirty) && pi.state != ProcessInstanceState.ACTIVE) {
      instanceEnded.ended(pi.key, pi.state);
    }

    String bpmnProcessId = pi.bpmnProcessId;
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (ElementInstance instance : execution.touchedInstances()) {
      if (instance.persisted && !instance.dirty) {
        continue;
      }
      String data = instance.hasRuntimeData() ? ElementRuntimeData.write(instance) : null;
      if (!instance.persisted || upsert) {
        inserts.add(
            new Object[] {
              instance.key(),
              pi.key,
              pi.processDefinitionKey,
              bpmnProcessId,
              instance.element().id(),
              instance.element().name(),
              instance.apiType(),
              instance.flowScopeKey(),
              instance.lifecycle().apiState(),
              instance.lifecycle().name(),
              instance.startTime(),
              instance.endTime(),
              instance.incidentKey(),
              instance.jobKey(),
              pi.tenantId,
              data,
              instance.enteredBy()
            });
      } else {
        updates.add(
            new Object[] {
              instance.lifecycle().apiState(),
              instance.lifecycle().name(),
              instance.endTime(),
              instance.incidentKey(),
              instance.jobKey(),
              data,
              instance.key()
            });
      }
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO rt_element_instance (element_instance_key, process_instance_key,"
              + " process_definition_key, bpmn_process_id, element_id, element_name, element_type,"
              + " flow_scope_key, state, lifecycle, start_time, end_time, incident_key, job_key,"
              + " tenant_id, runtime_data, entered_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
              + (upsert
                  ? " ON DUPLICATE KEY UPDATE state = VALUES(state), lifecycle = VALUES(lifecycle),"
                      + " end_time = VALUES(end_time), incident_key = VALUES(incident_key),"
                      + " job_key = VALUES(job_key), runtime_data = VALUES(runtime_data)"
                  : ""),
          inserts,
          new int[] {
            Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
            Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
          });
    }
    if (!updates.isEmpty()) {
      jdbc.batchUpdate(
          "UPDATE rt_element_instance SET state = ?, lifecycle = ?, end_time = ?, incident_key = ?,"
              + " job_key = ?, runtime_data = ? WHERE element_instance_key = ?",
          updates,
          new int[] {
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.BIGINT
          });
    }

    VariableStore variables = execution.variables();
    if (!variables.created().isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      for (VariableStore.Variable v : variables.created()) {
        rows.add(
            new Object[] {
              v.key,
              v.scopeKey,
              pi.key,
              pi.processDefinitionKey,
              bpmnProcessId,
              v.name,
              v.json,
              ValuePrefix.of(v.json),
              pi.tenantId
            });
      }
      jdbc.batchUpdate(
          "INSERT INTO rt_variable (variable_key, scope_key, process_instance_key,"
              + " process_definition_key, bpmn_process_id, name, var_value, value_prefix,"
              + " tenant_id) VALUES (?,?,?,?,?,?,?,?,?)",
          rows);
    }
    List<VariableStore.Variable> updatedVariables = variables.updated();
    if (!updatedVariables.isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      for (VariableStore.Variable v : updatedVariables) {
        rows.add(new Object[] {v.json, ValuePrefix.of(v.json), v.key});
      }
      jdbc.batchUpdate(
          "UPDATE rt_variable SET var_value = ?, value_prefix = ? WHERE variable_key = ?", rows);
    }

    jobsAndIncidents.write(execution, upsert, jobInstances);
    eventStore.write(execution);
    userTaskStore.write(execution);
    execution.compensations().write(jdbc);
  }
}
