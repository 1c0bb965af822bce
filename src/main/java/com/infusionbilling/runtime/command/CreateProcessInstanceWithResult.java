package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.List;

/**
 * Create a process instance and await its completion (docs.camunda.io "Create process instance",
 * awaitCompletion): the request timeout is 0 (the runtime's default) when none is given and never
 * negative; the result has the named variables, or all of the root scope's when none are named.
 */
public record CreateProcessInstanceWithResult(
    CreateProcessInstance instance, Long requestTimeoutMillis, List<String> fetchVariables) {

  public CreateProcessInstanceWithResult {
    requestTimeoutMillis = requestTimeoutMillis == null ? 0 : requestTimeoutMillis;
    if (requestTimeoutMillis < 0) {
      throw new InvalidArgumentException(
          "The property 'requestTimeout' must not be negative, but was " + requestTimeoutMillis);
    }
    fetchVariables = fetchVariables == null ? List.of() : fetchVariables;
  }
}
