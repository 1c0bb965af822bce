package com.infusionbilling.runtime.engine;

import java.util.Map;

/** A job row. Mutable only inside the engine, during one command. */
public final class JobRecord {
  public final long key;
  public final String type;
  public final long processInstanceKey;
  public final long elementInstanceKey;
  public final String elementId;
  public final String bpmnProcessId;
  public final long processDefinitionKey;
  public final int processDefinitionVersion;
  public final String tenantId;
  public final long createdAt;
  public final Map<String, String> customHeaders;
  public final String kind;
  public final String listenerEventType;

  public JobState state;
  public Long activatableAt;
  public int retries;
  public Long deadline;
  public String worker;
  public String errorCode;
  public String errorMessage;
  public boolean failedWithRetriesLeft;
  public Long endTime;

  /** Element instance key up to the process instance key, comma-separated (see V1_2_1). */
  public String scopePath;

  /** For a task listener job: the user task's properties it shows (JSON), else null. */
  public String userTask;

  final boolean persisted;
  boolean dirty;

  public JobRecord(
      long key,
      String type,
      long processInstanceKey,
      long elementInstanceKey,
      String elementId,
      String bpmnProcessId,
      long processDefinitionKey,
      int processDefinitionVersion,
      String tenantId,
      long createdAt,
      Map<String, String> customHeaders,
      String kind,
      String listenerEventType,
      boolean persisted) {
    this.key = key;
    this.type = type;
    this.processInstanceKey = processInstanceKey;
    this.elementInstanceKey = elementInstanceKey;
    this.elementId = elementId;
    this.bpmnProcessId = bpmnProcessId;
    this.processDefinitionKey = processDefinitionKey;
    this.processDefinitionVersion = processDefinitionVersion;
    this.tenantId = tenantId;
    this.createdAt = createdAt;
    this.customHeaders = customHeaders;
    this.kind = kind;
    this.listenerEventType = listenerEventType;
    this.persisted = persisted;
  }

  /** A job that is waiting for, or held by, a worker (not completed, failed out, or gone). */
  public boolean isAlive() {
    return switch (state) {
      case COMPLETED, CANCELED, ERROR_THROWN -> false;
      default -> true;
    };
  }

  public void markDirty() {
    dirty = true;
  }
}
