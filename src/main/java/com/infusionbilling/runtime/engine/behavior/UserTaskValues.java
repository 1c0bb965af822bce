package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.model.UserTaskDefinition;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A user task's assignment, schedule and priority evaluated against its variables (docs.camunda.io
 * "User tasks"): assignee a string; candidate groups and users a list of strings or a
 * comma-separated string; due and follow-up dates ISO 8601 date-times (FEEL may return date-time
 * values); priority a number between 0 and 100 (default 50).
 */
record UserTaskValues(
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Long dueDate,
    Long followUpDate,
    int priority,
    String externalFormReference) {

  /**
   * The task's values for this activation, or null after raising an EXTRACT_VALUE_ERROR incident on
   * the element when one of its expressions fails (Camunda and job-worker user tasks alike).
   */
  static UserTaskValues evaluateOrRaiseIncident(
      ProcessInstanceExecution execution, ElementInstance instance) {
    try {
      return evaluate(
          instance.element().userTaskDefinition(),
          execution.expressions(),
          execution.visibleVariables(instance));
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return null;
    }
  }

  static UserTaskValues evaluate(
      UserTaskDefinition definition,
      ExpressionLanguage expressions,
      Map<String, Object> variables) {
    return new UserTaskValues(
        text(definition.assignee(), expressions, variables),
        list(definition.candidateGroups(), expressions, variables),
        list(definition.candidateUsers(), expressions, variables),
        date(definition.dueDate(), expressions, variables),
        date(definition.followUpDate(), expressions, variables),
        priority(definition.priority(), expressions, variables),
        text(definition.externalFormReference(), expressions, variables));
  }

  /** An epoch-millisecond date as the v2 API and the job headers write it. */
  static String iso(Long millis) {
    return millis == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            java.time.Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
  }

  private static String text(
      Expression expression, ExpressionLanguage expressions, Map<String, Object> variables) {
    if (expression == null) {
      return null;
    }
    Object value = expressions.evaluate(expression, variables);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s.isBlank() ? null : s;
    }
    throw mismatch(expression, "STRING", value);
  }

  private static List<String> list(
      Expression expression, ExpressionLanguage expressions, Map<String, Object> variables) {
    if (expression == null) {
      return List.of();
    }
    Object value = expressions.evaluate(expression, variables);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String s) {
      return Arrays.stream(s.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
    if (value instanceof Collection<?> items) {
      List<String> result = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof String s)) {
          throw mismatch(expression, "ARRAY of STRING", value);
        }
        result.add(s);
      }
      return List.copyOf(result);
    }
    throw mismatch(expression, "ARRAY", value);
  }

  static Long date(
      Expression expression, ExpressionLanguage expressions, Map<String, Object> variables) {
    if (expression == null) {
      return null;
    }
    Object value = expressions.evaluate(expression, variables);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant().toEpochMilli();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant().toEpochMilli();
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (value instanceof String s) {
      try {
        return parseDate(s);
      } catch (DateTimeParseException e) {
        throw new ExpressionException(
            "Expected result of the expression '"
                + expression.source().strip()
                + "' to be a valid date-time string (ISO 8601 with offset), but was '"
                + s
                + "'");
      }
    }
    throw mismatch(expression, "DATE TIME", value);
  }

  /** An ISO 8601 date-time with an offset (or zone id), as epoch milliseconds. */
  static long parseDate(String text) {
    return ZonedDateTime.parse(text.strip(), DateTimeFormatter.ISO_ZONED_DATE_TIME)
        .toInstant()
        .toEpochMilli();
  }

  private static int priority(
      Expression expression, ExpressionLanguage expressions, Map<String, Object> variables) {
    if (expression == null) {
      return UserTaskDefinition.DEFAULT_PRIORITY;
    }
    long value = expressions.evaluateLong(expression, variables);
    if (value < 0 || value > 100) {
      throw new ExpressionException(
          "Expected result of the expression '"
              + expression.source().strip()
              + "' to be a number between 0 and 100, but was '"
              + value
              + "'");
    }
    return (int) value;
  }

  private static ExpressionException mismatch(Expression expression, String type, Object value) {
    return new ExpressionException(
        "Expected result of the expression '"
            + expression.source().strip()
            + "' to be '"
            + type
            + "', but was '"
            + ExpressionLanguage.typeName(value)
            + "'.");
  }
}
