package com.infusionbilling.runtime.conformance;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.MessageSubscription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/**
 * Helpers for the event conformance tests (messages, timers, signals, errors and escalations, event
 * sub-processes). The runtime clock is reset after each test, as each test may move it.
 */
abstract class EventConformanceSupport extends ConformanceSupport {

  @AfterEach
  void resetClockAfterTest() {
    resetTime();
  }

  /** Publishes a message with the given time to live (zero: not buffered). */
  static long publish(
      CamundaClient client,
      String name,
      String correlationKey,
      Map<String, Object> variables,
      Duration timeToLive) {
    return client
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(correlationKey)
        .timeToLive(timeToLive)
        .variables(variables)
        .send()
        .join()
        .getMessageKey();
  }

  static long publish(CamundaClient client, String name, String correlationKey) {
    return publish(client, name, correlationKey, Map.of(), Duration.ZERO);
  }

  /** The element ids with an active instance. */
  static List<String> activeElementIds(CamundaClient client, long processInstanceKey) {
    return elements(client, processInstanceKey).stream()
        .filter(e -> e.getState().name().equals("ACTIVE"))
        .map(ElementInstance::getElementId)
        .collect(Collectors.toList());
  }

  /** The element ids whose instance was terminated. */
  static List<String> terminatedElementIds(CamundaClient client, long processInstanceKey) {
    return elements(client, processInstanceKey).stream()
        .filter(e -> e.getState().name().equals("TERMINATED"))
        .map(ElementInstance::getElementId)
        .collect(Collectors.toList());
  }

  static void awaitActive(CamundaClient client, long processInstanceKey, String elementId) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> activeElementIds(client, processInstanceKey).contains(elementId));
  }

  static void awaitCompleted(CamundaClient client, long processInstanceKey, String elementId) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> completedElementIds(client, processInstanceKey).contains(elementId));
  }

  static List<MessageSubscription> messageSubscriptions(
      CamundaClient client, long processInstanceKey) {
    return client
        .newMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }

  /** The runtime clock's current time. */
  static java.time.Instant clockNow() {
    try {
      var body =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(http("GET", "/actuator/clock", null));
      return java.time.Instant.ofEpochMilli(body.get("epochMilli").asLong());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static long count(List<String> ids, String id) {
    return ids.stream().filter(id::equals).count();
  }
}
