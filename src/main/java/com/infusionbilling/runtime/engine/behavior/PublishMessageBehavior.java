package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.PublishMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A message throw or end event, or a send task, with {@code zeebe:publishMessage}: the element
 * publishes its message itself, as the publish message command would (correlated now, buffered for
 * its time to live; one hour when none is given, as the client's default), with the element's local
 * variables (its input mappings) as the message variables, and completes.
 */
public final class PublishMessageBehavior implements ElementBehavior {

  /** The time to live when the model gives none (the Camunda client's default). */
  static final long DEFAULT_TIME_TO_LIVE_MILLIS = Duration.ofHours(1).toMillis();

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    PublishMessage publish = instance.element().publishMessage();
    ExpressionLanguage expressions = execution.expressions();
    String name;
    String correlationKey;
    String messageId;
    long timeToLive;
    try {
      Map<String, Object> variables = execution.visibleVariables(instance);
      name = expressions.evaluateString(publish.name(), variables);
      correlationKey = correlationKey(expressions.evaluate(publish.correlationKey(), variables));
      messageId =
          publish.messageId() == null
              ? null
              : expressions.evaluateString(publish.messageId(), variables);
      timeToLive =
          publish.timeToLive() == null
              ? DEFAULT_TIME_TO_LIVE_MILLIS
              : millis(expressions.evaluate(publish.timeToLive(), variables));
    } catch (ExpressionException | IllegalArgumentException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    execution
        .events()
        .publishMessage(
            name,
            correlationKey,
            timeToLive,
            messageId,
            execution.variables().local(instance.key()));
    execution.complete(instance);
  }

  private static String correlationKey(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    throw new ExpressionException(
        "Expected the correlation key of the published message to be a string or a number, but"
            + " was '"
            + ExpressionLanguage.typeName(value)
            + "'");
  }

  private static long millis(Object value) {
    if (value instanceof Duration d) {
      return d.toMillis();
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return Duration.parse(String.valueOf(value).strip()).toMillis();
    } catch (DateTimeParseException e) {
      throw new ExpressionException(
          "Expected the time to live of the published message to be an ISO 8601 duration, but"
              + " was '"
              + value
              + "'");
    }
  }
}
