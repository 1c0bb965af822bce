package com.infusionbilling.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDmn;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Evaluates a decision table of {@code bpmn/} with dmn-scala (the engine Camunda 8 uses) and no
 * Spring context, for table-driven tests of the rules, one row per documented example.
 */
public final class DmnTables {
  private static final DmnEngine ENGINE = new DmnEngine.Builder().build();
  private static final Map<String, ParsedDmn> PARSED = new HashMap<>();

  private DmnTables() {}

  /** The decision's single result as a map of output name to value (FIRST hit tables). */
  public static Map<String, Object> evaluate(
      String file, String decisionId, Map<String, Object> variables) {
    ParsedDmn dmn = PARSED.computeIfAbsent(file, DmnTables::parse);
    var result = ENGINE.eval(dmn, decisionId, new HashMap<>(variables));
    if (result.isLeft()) {
      throw new AssertionError(decisionId + " failed: " + result.left().get().failure().message());
    }
    Object value = result.right().get().value();
    if (value == null) {
      return null;
    }
    if (value instanceof scala.collection.Map<?, ?> m) {
      Map<String, Object> out = new HashMap<>();
      CollectionConverters.asJava(m).forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) m;
      return typed;
    }
    return Map.of("value", value);
  }

  private static ParsedDmn parse(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      var parsed = ENGINE.parse(in);
      if (parsed.isLeft()) {
        throw new AssertionError(file + " does not parse: " + parsed.left().get().message());
      }
      return parsed.right().get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
