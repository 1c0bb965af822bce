package com.infusionbilling.runtime.engine;

import java.util.List;
import java.util.Map;

/** A user task row. Mutable only inside the engine and the user task commands, in one command. */
public final class UserTaskRecord {
  public final long key;
  public final long elementInstanceKey;
  public final long processInstanceKey;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final int processDefinitionVersion;
  public final String processName;
  public final String elementId;
  public final String name;
  public final String tenantId;
  public final long creationTime;

  /** Element instance key up to the process instance key, comma-separated (its variable scopes). */
  public final String scopePath;

  /** CREATED (waiting), COMPLETED or CANCELED. */
  public UserTaskState state = UserTaskState.CREATED;

  public String assignee;
  public List<String> candidateGroups = List.of();
  public List<String> candidateUsers = List.of();
  public Long dueDate;
  public Long followUpDate;
  public int priority;
  public Long formKey;
  public String externalFormReference;
  public Map<String, String> customHeaders = Map.of();
  public Long completionTime;

  /** The action of the last command on the task (default or given by the caller), or null. */
  public String action;

  /** A lifecycle transition waiting for task listeners (JSON, see TaskListenerRunner), or null. */
  public String pendingTransition;

  final boolean persisted;
  boolean dirty;

  public UserTaskRecord(
      long key,
      long elementInstanceKey,
      long processInstanceKey,
      long processDefinitionKey,
      String bpmnProcessId,
      int processDefinitionVersion,
      String processName,
      String elementId,
      String name,
      String tenantId,
      long creationTime,
      String scopePath,
      boolean persisted) {
    this.key = key;
    this.elementInstanceKey = elementInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.processDefinitionVersion = processDefinitionVersion;
    this.processName = processName;
    this.elementId = elementId;
    this.name = name;
    this.tenantId = tenantId;
    this.creationTime = creationTime;
    this.scopePath = scopePath;
    this.persisted = persisted;
  }

  /** Waiting to be completed: created, and no transition waits for its task listeners. */
  public boolean isWaiting() {
    return state == UserTaskState.CREATED;
  }

  /** Not yet completed or canceled (a transition may wait for its listeners). */
  public boolean isOpen() {
    return state != UserTaskState.COMPLETED && state != UserTaskState.CANCELED;
  }

  public void markDirty() {
    dirty = true;
  }
}
