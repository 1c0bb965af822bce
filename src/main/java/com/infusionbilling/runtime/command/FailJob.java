package com.infusionbilling.runtime.command;

import java.util.Map;

/**
 * Fail a job (docs.camunda.io "Fail job"): the retries it has left and the back-off before it is
 * activatable again (both 0 when the request names none), with an error message and variables.
 */
public record FailJob(
    long jobKey,
    Integer retries,
    String errorMessage,
    Long retryBackOffMillis,
    Map<String, Object> variables) {

  public FailJob {
    retries = retries == null ? 0 : retries;
    retryBackOffMillis = retryBackOffMillis == null ? 0 : retryBackOffMillis;
    variables = variables == null ? Map.of() : variables;
  }
}
