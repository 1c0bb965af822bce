package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.CalledElement;
import java.util.List;
import java.util.Map;

/**
 * What a command on one process instance causes beyond it, applied after the instance is written,
 * in the same transaction (see {@code events.EventRouter}).
 */
public sealed interface FollowUp {

  /** A message subscription was opened: a buffered message may be waiting for it. */
  record MessageSubscriptionOpened(SubscriptionRecord subscription) implements FollowUp {}

  /** A message throw or end event or a send task published a message (zeebe:publishMessage). */
  record MessagePublished(
      String name,
      String correlationKey,
      long timeToLiveMillis,
      String messageId,
      Map<String, Object> variables,
      String tenantId)
      implements FollowUp {}

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

  /**
   * A call activity was activated: an instance of the called process is to be created as its child
   * (or, when the called process is not deployed, the call activity gets an incident).
   */
  record CallActivityActivated(
      long processInstanceKey,
      long elementInstanceKey,
      long processDefinitionKey,
      String tenantId,
      long rootProcessInstanceKey,
      String treePath,
      String calledProcessId,
      CalledElement calledElement,
      Map<String, Object> variables)
      implements FollowUp {}

  /** A child instance completed: its call activity in the parent completes with its variables. */
  record CalledInstanceCompleted(
      long parentProcessInstanceKey, long parentElementInstanceKey, Map<String, Object> variables)
      implements FollowUp {}

  /** A call activity was terminated: the instances it called are terminated with it. */
  record CallActivityTerminated(long processInstanceKey, long elementInstanceKey)
      implements FollowUp {}

  /** A process instance of a process with message start events ended. */
  record InstanceEnded(long processInstanceKey, String bpmnProcessId, String tenantId)
      implements FollowUp {}
}
