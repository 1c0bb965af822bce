package com.infusionbilling.runtime.engine;

/**
 * A message or signal subscription row. With a process instance it belongs to a waiting element
 * (the owner: a catch event, receive task or event-based gateway, an activity with boundary events,
 * or a scope with event sub-processes) and names the element it triggers; without one it is a start
 * event of a process definition.
 */
public final class SubscriptionRecord {

  public static final String MESSAGE = "MESSAGE";
  public static final String SIGNAL = "SIGNAL";

  public final long key;
  public final String kind;
  public final String name;
  public final String correlationKey;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final String tenantId;
  public final Long processInstanceKey;
  public final Long elementInstanceKey;
  public final String elementId;
  public final long createdAt;
  public SubscriptionState state;

  final boolean persisted;
  boolean dirty;

  public SubscriptionRecord(
      long key,
      String kind,
      String name,
      String correlationKey,
      EventTarget target,
      long createdAt,
      SubscriptionState state,
      boolean persisted) {
    this.key = key;
    this.kind = kind;
    this.name = name;
    this.correlationKey = correlationKey;
    this.processDefinitionKey = target.processDefinitionKey();
    this.bpmnProcessId = target.bpmnProcessId();
    this.tenantId = target.tenantId();
    this.processInstanceKey = target.processInstanceKey();
    this.elementInstanceKey = target.elementInstanceKey();
    this.elementId = target.elementId();
    this.createdAt = createdAt;
    this.state = state;
    this.persisted = persisted;
  }

  public boolean isOpen() {
    return state == SubscriptionState.CREATED;
  }
}
