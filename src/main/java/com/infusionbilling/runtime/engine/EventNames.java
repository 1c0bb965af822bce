package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.ExecutableElement;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The names and correlation keys of message and signal subscriptions, evaluated when a subscription
 * opens: non-empty strings (numbers, for a correlation key, by their text) that fit the columns
 * they are stored in.
 */
final class EventNames {

  private EventNames() {}

  static String text(
      ExpressionLanguage expressions,
      Expression expression,
      Map<String, Object> variables,
      String what,
      ExecutableElement element) {
    Object value = expressions.evaluate(expression, variables);
    if (value instanceof String s && !s.isBlank()) {
      return storable(s, what, element);
    }
    throw new ExpressionException(
        "Expected the "
            + what
            + " of '"
            + element.id()
            + "' ("
            + expression.source().strip()
            + ") to be a non-empty string, but was '"
            + ExpressionLanguage.typeName(value)
            + "'.");
  }

  /** Correlation keys are strings or numbers (numbers are correlated by their text). */
  static String correlationKey(
      ExpressionLanguage expressions,
      Expression expression,
      Map<String, Object> variables,
      ExecutableElement element) {
    Object value = expressions.evaluate(expression, variables);
    if (value instanceof String s) {
      return storable(s, "correlation key", element);
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    throw new ExpressionException(
        "Failed to extract the correlation key for '"
            + expression.source().strip()
            + "' of '"
            + element.id()
            + "': The value must be either a string or a number, but was '"
            + ExpressionLanguage.typeName(value)
            + "'.");
  }

  /** Names and correlation keys are stored in columns of 255 characters. */
  private static String storable(String text, String what, ExecutableElement element) {
    if (text.length() > 255) {
      throw new ExpressionException(
          "Expected the "
              + what
              + " of '"
              + element.id()
              + "' to have at most 255 characters, but it has "
              + text.length());
    }
    return text;
  }
}
