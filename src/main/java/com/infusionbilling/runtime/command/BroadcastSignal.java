package com.infusionbilling.runtime.command;

import java.util.Map;

/** Broadcast a signal (docs.camunda.io "Broadcast signal"); the name is required. */
public record BroadcastSignal(String signalName, Map<String, Object> variables, String tenantId) {

  public BroadcastSignal {
    MessageCommands.requireName(signalName, "signal");
    variables = MessageCommands.orEmpty(variables);
  }
}
