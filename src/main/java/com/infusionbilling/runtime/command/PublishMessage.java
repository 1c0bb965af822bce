package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.Map;

/**
 * Publish a message (docs.camunda.io "Publish message"): it is correlated now and buffered for its
 * time to live (0 when none is given). The name is required; names, correlation keys and message
 * ids fit their columns.
 */
public record PublishMessage(
    String name,
    String correlationKey,
    Long timeToLiveMillis,
    String messageId,
    Map<String, Object> variables,
    String tenantId) {

  public PublishMessage {
    MessageCommands.requireName(name, "message");
    MessageCommands.requireStorable(correlationKey, "correlation key");
    MessageCommands.requireStorable(messageId, "message id");
    timeToLiveMillis = timeToLiveMillis == null ? 0 : timeToLiveMillis;
    if (timeToLiveMillis < 0) {
      throw new InvalidArgumentException(
          "Expected the message's timeToLive to be zero or positive, but was " + timeToLiveMillis);
    }
    variables = MessageCommands.orEmpty(variables);
  }
}
