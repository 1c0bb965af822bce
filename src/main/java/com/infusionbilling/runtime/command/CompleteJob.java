package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.JobResult;
import java.util.Map;

/**
 * Complete a job (docs.camunda.io "Complete job"), with the variables it sets (none when null); a
 * listener or ad-hoc sub-process job may carry a result (null otherwise).
 */
public record CompleteJob(long jobKey, Map<String, Object> variables, JobResult result) {

  public CompleteJob {
    variables = variables == null ? Map.of() : variables;
  }
}
