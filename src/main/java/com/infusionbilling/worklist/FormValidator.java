package com.infusionbilling.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a task completion on the server against the task's form-js schema, as the form-js
 * viewer does in the browser: required, minLength/maxLength, pattern, email, min/max, select and
 * radio values, and dates. Only the form's editable fields are accepted, so a completion cannot
 * overwrite process variables (IDs) the form does not offer. Returns the accepted variables, or
 * throws a 400 naming the first failing field.
 */
public final class FormValidator {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{7,20}$");

  private FormValidator() {}

  public static Map<String, Object> validate(JsonNode schema, Map<String, Object> submitted) {
    List<JsonNode> fields = new ArrayList<>();
    collect(schema.path("components"), fields);
    Map<String, JsonNode> editable = new LinkedHashMap<>();
    for (JsonNode field : fields) {
      if (field.hasNonNull("key")
          && !field.path("readonly").asBoolean(false)
          && !field.path("disabled").asBoolean(false)) {
        editable.put(field.get("key").asText(), field);
      }
    }
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    for (String key : values.keySet()) {
      if (!editable.containsKey(key)) {
        throw new WorklistException.BadRequest(key, "is not an editable field of this form");
      }
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    for (var entry : editable.entrySet()) {
      String key = entry.getKey();
      JsonNode field = entry.getValue();
      Object value = values.get(key);
      check(key, field, value);
      if (values.containsKey(key)) {
        accepted.put(key, value);
      }
    }
    return accepted;
  }

  private static void collect(JsonNode components, List<JsonNode> out) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode c : components) {
      out.add(c);
      collect(c.path("components"), out);
    }
  }

  private static boolean blank(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> l && l.isEmpty());
  }

  private static void check(String key, JsonNode field, Object value) {
    JsonNode validate = field.path("validate");
    String label = field.path("label").asText(key);
    // fields shown only under a condition are judged by the browser's FEEL; here only when filled
    boolean conditional = field.has("conditional");
    if (blank(value)) {
      if (validate.path("required").asBoolean(false) && !conditional) {
        throw new WorklistException.BadRequest(key, label + " is required");
      }
      return;
    }
    String type = field.path("type").asText("");
    switch (type) {
      case "number" -> {
        BigDecimal number;
        try {
          number = new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
          throw new WorklistException.BadRequest(key, label + " must be a number");
        }
        if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
          throw new WorklistException.BadRequest(
              key, label + " must be at least " + validate.get("min").asText());
        }
        if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
          throw new WorklistException.BadRequest(
              key, label + " must be at most " + validate.get("max").asText());
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          throw new WorklistException.BadRequest(key, label + " must be true or false");
        }
      }
      case "select", "radio" -> {
        JsonNode options = field.path("values");
        if (options.isArray() && !options.isEmpty()) {
          boolean known = false;
          for (JsonNode o : options) {
            known |= o.path("value").asText().equals(String.valueOf(value));
          }
          if (!known) {
            throw new WorklistException.BadRequest(key, label + " has no option '" + value + "'");
          }
        }
      }
      case "datetime" -> {
        if (field.path("subtype").asText("date").equals("date")) {
          try {
            LocalDate.parse(String.valueOf(value));
          } catch (DateTimeParseException e) {
            throw new WorklistException.BadRequest(key, label + " must be a date (YYYY-MM-DD)");
          }
        }
      }
      default -> {
        if (value instanceof String s) {
          if (validate.has("minLength") && s.length() < validate.get("minLength").asInt()) {
            throw new WorklistException.BadRequest(
                key,
                label + " needs at least " + validate.get("minLength").asInt() + " characters");
          }
          if (validate.has("maxLength") && s.length() > validate.get("maxLength").asInt()) {
            throw new WorklistException.BadRequest(
                key,
                label + " allows at most " + validate.get("maxLength").asInt() + " characters");
          }
          String pattern = validate.path("pattern").asText("");
          if (!pattern.isEmpty() && !Pattern.compile(pattern).matcher(s).find()) {
            throw new WorklistException.BadRequest(
                key, label + " does not match the expected format");
          }
          String validationType = validate.path("validationType").asText("");
          if (validationType.equals("email") && !EMAIL.matcher(s).matches()) {
            throw new WorklistException.BadRequest(key, label + " must be an email address");
          }
          if (validationType.equals("phone") && !PHONE.matcher(s).matches()) {
            throw new WorklistException.BadRequest(key, label + " must be a phone number");
          }
        }
      }
    }
  }
}
