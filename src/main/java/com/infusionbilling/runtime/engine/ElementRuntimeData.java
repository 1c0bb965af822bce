package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.state.Json;
import java.util.List;
import java.util.Map;

/**
 * What an element instance keeps beyond its columns ({@code rt_element_instance.runtime_data}):
 * join tokens, multi-instance counters, listener position, pending starts.
 */
record ElementRuntimeData(
    Map<String, Map<String, Integer>> joins,
    LoopState loop,
    Integer listener,
    List<String> pendingStart,
    Boolean adHocCompletionFulfilled) {

  static ElementRuntimeData parse(String data) {
    try {
      return Json.MAPPER.readValue(data, ElementRuntimeData.class);
    } catch (Exception e) {
      throw new IllegalStateException("corrupt element instance runtime data: " + data, e);
    }
  }

  static String write(ElementInstance instance) {
    return Json.write(
        new ElementRuntimeData(
            instance.joinTokens().isEmpty() ? null : instance.joinTokens(),
            instance.loopState(),
            instance.listenerIndex(),
            instance.pendingStart(),
            instance.adHocCompletionFulfilled() ? Boolean.TRUE : null));
  }
}
