package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.events.EventRouter;
import com.infusionbilling.runtime.events.MessageCorrelator;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.Map;

/**
 * Message commands of the REST API and the gRPC gateway: publish (correlate now, buffer for the
 * time to live) and correlate (synchronous, not buffered). Each is one transaction over every
 * instance it reaches.
 */
public final class MessageCommands {

  /** A published message. */
  public record Published(long messageKey, String tenantId) {}

  /** A correlated message and the first process instance it reached. */
  public record Correlated(long messageKey, long processInstanceKey, String tenantId) {}

  private final EventRouter router;
  private final MessageCorrelator messages;

  private final Tenants tenants;

  public MessageCommands(EventRouter router, MessageCorrelator messages, Tenants tenants) {
    this.tenants = tenants;
    this.router = router;
    this.messages = messages;
  }

  public Published publish(PublishMessage command) {
    String tenant = tenants.resolve(command.tenantId());
    long key =
        router.inTransaction(
            batch ->
                messages.publish(
                    batch,
                    command.name(),
                    command.correlationKey(),
                    command.timeToLiveMillis(),
                    command.messageId(),
                    command.variables(),
                    tenant));
    return new Published(key, tenant);
  }

  public Correlated correlate(CorrelateMessage command) {
    String tenant = tenants.resolve(command.tenantId());
    MessageCorrelator.Correlation correlation =
        router.inTransaction(
            batch ->
                messages.correlate(
                    batch, command.name(), command.correlationKey(), command.variables(), tenant));
    return new Correlated(correlation.messageKey(), correlation.processInstanceKey(), tenant);
  }

  /** Names, correlation keys and ids are stored in columns of 255 characters. */
  static final int MAX_LENGTH = 255;

  static void requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new InvalidArgumentException("Expected a " + what + " name, but none was given");
    }
    requireStorable(name, what + " name");
  }

  static void requireStorable(String text, String what) {
    if (text != null && text.length() > MAX_LENGTH) {
      throw new InvalidArgumentException(
          "Expected the "
              + what
              + " to have at most "
              + MAX_LENGTH
              + " characters, but it has "
              + text.length());
    }
  }

  static Map<String, Object> orEmpty(Map<String, Object> variables) {
    return variables == null ? Map.of() : variables;
  }
}
