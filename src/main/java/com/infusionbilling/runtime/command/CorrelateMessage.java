package com.infusionbilling.runtime.command;

import java.util.Map;

/**
 * Correlate a message (docs.camunda.io "Correlate message"): synchronously, never buffered. The
 * name is required; names and correlation keys fit their columns.
 */
public record CorrelateMessage(
    String name, String correlationKey, Map<String, Object> variables, String tenantId) {

  public CorrelateMessage {
    MessageCommands.requireName(name, "message");
    MessageCommands.requireStorable(correlationKey, "correlation key");
    variables = MessageCommands.orEmpty(variables);
  }
}
