package com.infusionbilling.process;

import java.util.Map;
import java.util.Objects;

/**
 * A process start requested by a change that writes rows: which process, a business key unique per
 * process (one instance per key, e.g. {@code episode-27}), and the start variables (IDs and
 * decision-driving facts only, JSON-serializable).
 */
public record ProcessStart(String processId, String businessKey, Map<String, Object> variables) {
  public ProcessStart {
    Objects.requireNonNull(processId, "processId");
    Objects.requireNonNull(businessKey, "businessKey");
    variables = Map.copyOf(variables);
    if (variables.containsKey(ProcessStarts.VAR_PROCESS_START_ID)) {
      throw new IllegalArgumentException(
          ProcessStarts.VAR_PROCESS_START_ID + " is set by the outbox itself");
    }
  }
}
