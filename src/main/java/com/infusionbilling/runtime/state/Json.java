package com.infusionbilling.runtime.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON for variable values and runtime metadata. Variables are stored as JSON text. */
public final class Json {

  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  public static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /** Parses a JSON object document (as gRPC clients send variables); blank means empty. */
  public static Map<String, Object> parseDocument(String json, String what) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    try {
      var node = MAPPER.readTree(json);
      if (node == null || node.isNull()) {
        return new LinkedHashMap<>();
      }
      if (!node.isObject()) {
        throw new IllegalArgumentException(
            "Property '" + what + "' is invalid: expected a JSON object document, but got " + json);
      }
      return MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Property '" + what + "' is not a valid JSON document: " + e.getOriginalMessage(), e);
    }
  }
}
