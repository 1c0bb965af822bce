package com.infusionbilling.runtime.shared;

import java.util.Map;

/** A job handed to a worker, with the variables visible at its element as JSON text. */
public record ActivatedJob(
    long key,
    String type,
    long processInstanceKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    long processDefinitionKey,
    String elementId,
    long elementInstanceKey,
    Map<String, String> customHeaders,
    String worker,
    int retries,
    long deadline,
    Map<String, String> variablesJson,
    String tenantId,
    String kind,
    String listenerEventType,
    String userTaskJson) {}
