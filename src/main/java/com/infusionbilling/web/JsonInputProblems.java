package com.infusionbilling.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What was wrong with an unreadable JSON body, as the field path it concerns ({@code
 * drugs[0].containers[1].count}, or {@code body}) and a one-line detail. Values are not echoed
 * (they may be PHI), except numbers refused for their range. Every JSON API's problem advice uses
 * this, so the same input gets the same answer everywhere.
 */
public final class JsonInputProblems {
  private JsonInputProblems() {}

  /** The field and detail of one refusal. */
  public record Problem(String field, String detail, boolean tooLarge) {}

  /**
   * The whole answer: 400 problem+json with {@code field} (413 when the body was larger than the
   * limit), typed and titled by the calling API.
   */
  public static ResponseEntity<ProblemDetail> response(
      HttpMessageNotReadableException e, URI type, String title) {
    Problem problem = describe(e);
    HttpStatus status = problem.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    return Problems.refused(
        status,
        type,
        problem.tooLarge() ? "Request body too large" : title,
        problem.field(),
        problem.detail());
  }

  public static Problem describe(HttpMessageNotReadableException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof RequestBodyLimitFilter.BodyTooLargeException large) {
        return new Problem("body", "body: " + large.getMessage(), true);
      }
      if (t == t.getCause()) {
        break;
      }
    }
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      // Parser refusals keep the parser's position, deeper than a wrapping mapping path.
      if (t instanceof JsonParseException parse
          && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
        String field = fieldAt(parse.getProcessor());
        return new Problem(field, field + ": appears more than once", false);
      }
      if (t instanceof StreamConstraintsException limit) {
        String field =
            limit.getProcessor() != null
                ? fieldAt(limit.getProcessor())
                : e.getCause() instanceof JsonMappingException mapping ? path(mapping) : "body";
        return new Problem(field, field + ": " + limitDetail(limit), false);
      }
    }
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      return new Problem(field, field + ": " + mappingDetail(mapping), false);
    }
    if (cause instanceof StreamConstraintsException limit) {
      return new Problem(
          fieldAt(limit.getProcessor()), "body: " + limit.getOriginalMessage(), false);
    }
    if (cause instanceof JsonParseException parse) {
      String message = String.valueOf(parse.getOriginalMessage());
      if (message.startsWith("Duplicate field")) {
        String field = fieldAt(parse.getProcessor());
        return new Problem(field, field + ": appears more than once", false);
      }
      if (message.contains("out of range")) {
        String field = fieldAt(parse.getProcessor());
        return new Problem(field, field + ": number out of range", false);
      }
      return new Problem(
          "body",
          "body: malformed JSON at line "
              + parse.getLocation().getLineNr()
              + ", column "
              + parse.getLocation().getColumnNr(),
          false);
    }
    if (cause instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null
        && String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot deserialize")) {
      // the whole body of the wrong shape ([1, 2] where an object is expected)
      return new Problem("body", "body: expected " + describe(mismatch.getTargetType()), false);
    }
    if (cause instanceof com.fasterxml.jackson.core.JacksonException jackson
        && jackson.getProcessor() instanceof JsonParser parser) {
      String field = fieldAt(parser);
      return new Problem(field, field + ": " + jackson.getOriginalMessage(), false);
    }
    return new Problem("body", "body: the request body is missing or not JSON", false);
  }

  private static String limitDetail(StreamConstraintsException limit) {
    String message = String.valueOf(limit.getOriginalMessage());
    int cut = message.indexOf(" (from `");
    if (cut < 0) {
      cut = message.indexOf(", from `");
    }
    return (cut > 0 ? message.substring(0, cut) + ")" : message).replace("))", ")");
  }

  private static String mappingDetail(JsonMappingException mapping) {
    if (mapping instanceof InvalidNullException) {
      return "null is not allowed here";
    }
    if (mapping instanceof InvalidFormatException format) {
      if (format.getTargetType() == java.math.BigDecimal.class
          && String.valueOf(format.getOriginalMessage()).startsWith("out of range")) {
        return format.getOriginalMessage();
      }
      return "not a valid " + describe(format.getTargetType());
    }
    if (mapping.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
      return "number out of range for " + describe(targetOf(mapping));
    }
    if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + describe(mismatch.getTargetType());
    }
    return "not readable as the expected type";
  }

  private static Class<?> targetOf(JsonMappingException mapping) {
    return mapping.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException c
        ? c.getTargetType()
        : null;
  }

  /** {@code drugs[0].containers[1].count} from a mapping exception's path. */
  public static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "body" : sb.toString();
  }

  /** The field the parser stood on when it stopped ({@code body} at the top). */
  static String fieldAt(Object processor) {
    if (!(processor instanceof JsonParser parser)) {
      return "body";
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    String field = String.join("", parts);
    if (field.startsWith(".")) {
      field = field.substring(1);
    }
    return field.isEmpty() ? "body" : field;
  }

  public static String describe(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type.isEnum()) {
      StringBuilder values = new StringBuilder();
      for (Object constant : type.getEnumConstants()) {
        values.append(values.isEmpty() ? "" : ", ").append(constant);
      }
      return "value (one of " + values + ")";
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "LocalDateTime" -> "local date-time (YYYY-MM-DDTHH:MM[:SS])";
      case "BigDecimal", "Double", "double" -> "number";
      case "Integer", "int", "Long", "long" -> "whole number";
      case "Boolean", "boolean" -> "boolean (true or false)";
      case "String" -> "string";
      default ->
          java.util.Collection.class.isAssignableFrom(type) || type.isArray()
              ? "JSON array"
              : type.isPrimitive() || type.getName().startsWith("java.lang.")
                  ? type.getSimpleName()
                  : "JSON object";
    };
  }
}
