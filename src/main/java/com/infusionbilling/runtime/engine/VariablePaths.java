package com.infusionbilling.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Assigns mapping targets, including nested targets such as {@code order.customer.id}. */
final class VariablePaths {
  private VariablePaths() {}

  /**
   * Puts {@code value} at {@code target} into {@code result}. A nested target merges into the
   * existing context value (from {@code result}, else from {@code existing}); the evaluation
   * context sees the assignment too, so a later mapping can use an earlier one.
   */
  @SuppressWarnings("unchecked")
  static void assign(
      Map<String, Object> result, Map<String, Object> existing, String target, Object value) {
    String[] path = target.split("\\.");
    if (path.length == 1) {
      result.put(target, value);
      existing.put(target, value);
      return;
    }
    String root = path[0];
    Object base = result.containsKey(root) ? result.get(root) : existing.get(root);
    Map<String, Object> rootMap =
        base instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map) : new LinkedHashMap<>();
    Map<String, Object> current = rootMap;
    for (int i = 1; i < path.length - 1; i++) {
      Object next = current.get(path[i]);
      Map<String, Object> nextMap =
          next instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
      current.put(path[i], nextMap);
      current = nextMap;
    }
    current.put(path[path.length - 1], value);
    result.put(root, rootMap);
    existing.put(root, rootMap);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
    return copy;
  }
}
