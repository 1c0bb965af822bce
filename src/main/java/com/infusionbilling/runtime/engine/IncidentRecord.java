package com.infusionbilling.runtime.engine;

/** An incident row. */
public final class IncidentRecord {
  public final long key;
  public final long processInstanceKey;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final long elementInstanceKey;
  public final String elementId;
  public final Long jobKey;
  public final String errorType;
  public final String errorMessage;
  public final long creationTime;
  public final String tenantId;
  public IncidentState state;
  public Long resolvedTime;

  final boolean persisted;
  boolean dirty;

  public IncidentRecord(
      long key,
      long processInstanceKey,
      long processDefinitionKey,
      String bpmnProcessId,
      long elementInstanceKey,
      String elementId,
      Long jobKey,
      String errorType,
      String errorMessage,
      long creationTime,
      String tenantId,
      IncidentState state,
      Long resolvedTime,
      boolean persisted) {
    this.key = key;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.elementInstanceKey = elementInstanceKey;
    this.elementId = elementId;
    this.jobKey = jobKey;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.creationTime = creationTime;
    this.tenantId = tenantId;
    this.state = state;
    this.resolvedTime = resolvedTime;
    this.persisted = persisted;
  }
}
