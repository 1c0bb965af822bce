package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.ExecutableElement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a subscription or timer triggers: a catch element of a process definition, in a process
 * instance and owned by one of its element instances, or (both null) a start event of the
 * definition.
 */
public record EventTarget(
    long processDefinitionKey,
    String bpmnProcessId,
    String tenantId,
    Long processInstanceKey,
    Long elementInstanceKey,
    String elementId) {

  /** A catch element waiting in a process instance, owned by the given element instance. */
  static EventTarget in(
      ProcessInstanceRecord pi, ElementInstance owner, ExecutableElement element) {
    return new EventTarget(
        pi.processDefinitionKey, pi.bpmnProcessId, pi.tenantId, pi.key, owner.key(), element.id());
  }

  /** A start event of a process definition. */
  public static EventTarget startEvent(
      long processDefinitionKey, String bpmnProcessId, String tenantId, String elementId) {
    return new EventTarget(processDefinitionKey, bpmnProcessId, tenantId, null, null, elementId);
  }

  /** Reads the target columns that the subscription and timer tables share. */
  static EventTarget read(ResultSet rs) throws SQLException {
    return new EventTarget(
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getString("tenant_id"),
        InstanceStore.nullableLong(rs, "process_instance_key"),
        InstanceStore.nullableLong(rs, "element_instance_key"),
        rs.getString("element_id"));
  }
}
