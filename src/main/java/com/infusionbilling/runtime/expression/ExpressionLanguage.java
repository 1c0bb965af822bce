package com.infusionbilling.runtime.expression;

import com.infusionbilling.runtime.clock.RuntimeClock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.impl.JavaValueMapper;

/**
 * Parses and evaluates FEEL with the Camunda FEEL engine. {@code now()} and {@code today()} follow
 * the runtime clock, so moving the clock (Camunda Process Test's {@code increaseTime}) moves them.
 */
public final class ExpressionLanguage {

  private final FeelEngineApi feel;

  public ExpressionLanguage(RuntimeClock clock) {
    FeelEngineClock feelClock = () -> ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    this.feel =
        FeelEngineBuilder.create()
            .withCustomValueMapper(new JavaValueMapper())
            .withFunctionProvider(new CamundaFeelFunctions())
            .withClock(feelClock)
            .build();
  }

  /** Parses an attribute value: {@code =expr} is FEEL, anything else is static text. */
  public Expression parse(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    if (!trimmed.startsWith("=")) {
      return new Expression.Static(text);
    }
    return parseFeel(text, trimmed.substring(1));
  }

  /** Parses text that is always FEEL (conditions, mapping sources); a leading '=' is optional. */
  public Expression parseFeelAlways(String text) {
    String trimmed = text.strip();
    String feelText = trimmed.startsWith("=") ? trimmed.substring(1) : trimmed;
    return parseFeel(text, feelText);
  }

  private Expression parseFeel(String source, String feelText) {
    ParseResult result = feel.parseExpression(feelText);
    if (result.isFailure()) {
      throw new ExpressionException(
          "failed to parse expression '" + feelText.strip() + "': " + result.failure().message());
    }
    return new Expression.Feel(source, feelText, result.parsedExpression());
  }

  /** Evaluates to a Java value (String, Number, Boolean, List, Map, java.time, or null). */
  public Object evaluate(Expression expression, Map<String, Object> variables) {
    if (expression instanceof Expression.Static s) {
      return s.source();
    }
    Expression.Feel f = (Expression.Feel) expression;
    EvaluationResult result = feel.evaluate(f.parsed(), variables);
    if (result.isFailure()) {
      throw new ExpressionException(
          "failed to evaluate expression '"
              + f.feel().strip()
              + "': "
              + result.failure().message());
    }
    return result.result();
  }

  public String evaluateString(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      return s;
    }
    throw new ExpressionException(
        "Expected result of the expression '"
            + expression.source().strip()
            + "' to be 'STRING', but was '"
            + typeName(value)
            + "'.");
  }

  public long evaluateLong(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && expression instanceof Expression.Static) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new ExpressionException(
        "Expected result of the expression '"
            + expression.source().strip()
            + "' to be 'NUMBER', but was '"
            + typeName(value)
            + "'.");
  }

  public static String typeName(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String) {
      return "STRING";
    }
    if (value instanceof Number) {
      return "NUMBER";
    }
    if (value instanceof Boolean) {
      return "BOOLEAN";
    }
    if (value instanceof java.util.List) {
      return "LIST";
    }
    if (value instanceof Map) {
      return "CONTEXT";
    }
    return value.getClass().getSimpleName().toUpperCase();
  }
}
