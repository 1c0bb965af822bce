package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.Map;

/**
 * Throw a BPMN error for a job (docs.camunda.io "Throw error for job"); the error code is required.
 */
public record ThrowJobError(
    long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {

  public ThrowJobError {
    if (errorCode == null || errorCode.isBlank()) {
      throw new InvalidArgumentException(
          "Expected to throw an error for job with key '" + jobKey + "', but no errorCode given");
    }
    variables = variables == null ? Map.of() : variables;
  }
}
