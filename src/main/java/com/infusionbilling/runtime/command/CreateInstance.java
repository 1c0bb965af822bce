package com.infusionbilling.runtime.command;

import java.util.Map;

/**
 * Create a process instance by definition key, or by process id and version (-1 or null for the
 * latest).
 */
public record CreateInstance(
    Long processDefinitionKey,
    String bpmnProcessId,
    Integer version,
    Map<String, Object> variables,
    String tenantId,
    boolean hasStartInstructions) {}
