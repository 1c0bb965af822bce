package com.infusionbilling.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes BPMN messages through the Camunda client (whichever engine is configured). Every
 * message has a {@code messageId}, so publishing it again while it is buffered is a no-op:
 * listeners and workers that publish may run twice.
 */
@Component
public class ProcessMessages {
  private static final Logger log = LoggerFactory.getLogger(ProcessMessages.class);

  /** How long an unmatched message waits for its subscription (payer answers can come early). */
  public static final Duration DEFAULT_TTL = Duration.ofDays(30);

  private final CamundaClient client;

  public ProcessMessages(CamundaClient client) {
    this.client = client;
  }

  public void publish(
      String messageName, String correlationKey, String messageId, Map<String, Object> variables) {
    publish(messageName, correlationKey, messageId, variables, DEFAULT_TTL);
  }

  public void publish(
      String messageName,
      String correlationKey,
      String messageId,
      Map<String, Object> variables,
      Duration timeToLive) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(messageName)
          .correlationKey(correlationKey)
          .messageId(messageId)
          .timeToLive(timeToLive)
          .variables(variables)
          .send()
          .join();
      log.info("Published {} (message id {})", messageName, messageId);
    } catch (RuntimeException e) {
      if (isDuplicate(e)) {
        log.info("{} with message id {} was published before", messageName, messageId);
        return;
      }
      throw e;
    }
  }

  static boolean isDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ClientStatusException s && s.getStatusCode() == Status.Code.ALREADY_EXISTS) {
        return true;
      }
      if (t instanceof io.camunda.client.api.command.ClientHttpException h && h.code() == 409) {
        return true;
      }
    }
    return false;
  }
}
