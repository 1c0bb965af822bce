package com.infusionbilling.runtime.command;

public record ProcessInstanceCreated(
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int version,
    String tenantId) {}
