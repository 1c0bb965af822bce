package com.infusionbilling.runtime.engine;

import java.util.LinkedHashSet;
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
}
