package com.infusionbilling.runtime.engine;

import java.util.List;
import java.util.Map;

/**
 * What a command on one process instance causes beyond it, applied after the instance is written,
 * in the same transaction (see {@code events.EventRouter}).
 */
public sealed interface FollowUp {

  /** A message subscription was opened: a buffered message may be waiting for it. */
  record MessageSubscriptionOpened(SubscriptionRecord subscription) implements FollowUp {}

  /** A signal throw or end event broadcast a signal. */
  record SignalThrown(String name, Map<String, Object> variables, String tenantId)
      implements FollowUp {}

  /**
   * An error reached the root of a child process instance uncaught: the parent instance may catch
   * it at its call activity (or further up); if nobody does, the thrower gets an incident.
   */
  record ErrorThrown(
      long processInstanceKey,
      long parentProcessInstanceKey,
      long parentElementInstanceKey,
      long throwerElementInstanceKey,
      Long jobKey,
      String errorCode,
      String errorMessage,
      Map<String, Object> variables,
      List<String> availableCodes)
      implements FollowUp {}

  /** An escalation reached the root of a child process instance uncaught. */
  record EscalationThrown(
      long parentProcessInstanceKey,
      long parentElementInstanceKey,
      String escalationCode,
      Map<String, Object> variables)
      implements FollowUp {}

  /** A process instance of a process with message start events ended. */
  record InstanceEnded(long processInstanceKey, String bpmnProcessId, String tenantId)
      implements FollowUp {}
}
