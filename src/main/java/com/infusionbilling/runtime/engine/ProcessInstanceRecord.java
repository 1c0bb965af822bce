package com.infusionbilling.runtime.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.infusionbilling.runtime.state.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A process instance row. */
public final class ProcessInstanceRecord {
  public final long key;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final int version;
  public final String versionTag;
  public final String processName;
  public final String tenantId;
  public final long startTime;
  public final Long parentProcessInstanceKey;
  public final Long parentElementInstanceKey;
  public final long rootProcessInstanceKey;
  public final Set<String> takenFlows;
  public final String tags;
  public ProcessInstanceState state;
  public Long endTime;

  final boolean persisted;
  boolean dirty;

  /** The keys of the call hierarchy from the root down to this instance: "/root/…/key/". */
  private String treePath;

  /** Runtime instructions: the instance is terminated once one of these elements completed. */
  private Set<String> terminateAfter = Set.of();

  public ProcessInstanceRecord(
      long key,
      long processDefinitionKey,
      String bpmnProcessId,
      int version,
      String versionTag,
      String processName,
      String tenantId,
      long startTime,
      Long parentProcessInstanceKey,
      Long parentElementInstanceKey,
      long rootProcessInstanceKey,
      Set<String> takenFlows,
      String tags,
      ProcessInstanceState state,
      Long endTime,
      boolean persisted) {
    this.key = key;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.version = version;
    this.versionTag = versionTag;
    this.processName = processName;
    this.tenantId = tenantId;
    this.startTime = startTime;
    this.parentProcessInstanceKey = parentProcessInstanceKey;
    this.parentElementInstanceKey = parentElementInstanceKey;
    this.rootProcessInstanceKey = rootProcessInstanceKey;
    this.takenFlows = takenFlows == null ? new LinkedHashSet<>() : takenFlows;
    this.tags = tags;
    this.state = state;
    this.endTime = endTime;
    this.persisted = persisted;
  }

  public String treePath() {
    return treePath == null ? "/" + key + "/" : treePath;
  }

  void setTreePath(String treePath) {
    this.treePath = treePath;
  }

  public Set<String> terminateAfter() {
    return terminateAfter;
  }

  void setTerminateAfter(Set<String> elementIds) {
    this.terminateAfter = elementIds == null ? Set.of() : Set.copyOf(elementIds);
  }

  /** The terminate-after element ids as stored (comma-separated), or null. */
  String terminateAfterColumn() {
    return terminateAfter.isEmpty()
        ? null
        : String.join(",", new java.util.TreeSet<>(terminateAfter));
  }

  public boolean isActive() {
    return state == ProcessInstanceState.ACTIVE;
  }

  /** A process instance row as {@code InstanceStore} loads it. */
  static ProcessInstanceRecord read(ResultSet rs) throws SQLException {
    String flows = rs.getString("taken_flows");
    Set<String> taken =
        flows == null
            ? new LinkedHashSet<>()
            : new LinkedHashSet<>(
                Json.MAPPER.convertValue(Json.parse(flows), new TypeReference<List<String>>() {}));
    ProcessInstanceRecord record =
        new ProcessInstanceRecord(
            rs.getLong("process_instance_key"),
            rs.getLong("process_definition_key"),
            rs.getString("bpmn_process_id"),
            rs.getInt("process_version"),
            rs.getString("version_tag"),
            rs.getString("process_name"),
            rs.getString("tenant_id"),
            rs.getLong("start_time"),
            InstanceStore.nullableLong(rs, "parent_process_instance_key"),
            InstanceStore.nullableLong(rs, "parent_element_instance_key"),
            rs.getLong("root_process_instance_key"),
            taken,
            rs.getString("tags"),
            ProcessInstanceState.valueOf(rs.getString("state")),
            InstanceStore.nullableLong(rs, "end_time"),
            true);
    record.setTreePath(rs.getString("tree_path"));
    String terminateAfter = rs.getString("terminate_after");
    if (terminateAfter != null) {
      record.setTerminateAfter(Set.of(terminateAfter.split(",")));
    }
    return record;
  }
}
