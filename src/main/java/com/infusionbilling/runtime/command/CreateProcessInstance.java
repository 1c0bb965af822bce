package com.infusionbilling.runtime.command;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Create a process instance (docs.camunda.io "Create process instance") by definition key (0 or
 * less counts as none), or by process id and version (-1 or null for the latest); with start
 * instructions, it starts before the given elements instead of at its none start event, and with
 * runtime instructions it is terminated once one of the {@code terminateAfterElements} completed.
 */
public record CreateProcessInstance(
    Long processDefinitionKey,
    String bpmnProcessId,
    Integer version,
    Map<String, Object> variables,
    String tenantId,
    List<String> startBeforeElements,
    Set<String> terminateAfterElements) {

  public CreateProcessInstance {
    processDefinitionKey =
        processDefinitionKey != null && processDefinitionKey > 0 ? processDefinitionKey : null;
    variables = variables == null ? Map.of() : variables;
    startBeforeElements =
        startBeforeElements == null ? List.of() : List.copyOf(startBeforeElements);
    terminateAfterElements =
        terminateAfterElements == null ? Set.of() : Set.copyOf(terminateAfterElements);
  }
}
