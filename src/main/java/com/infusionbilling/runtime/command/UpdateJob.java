package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;

/**
 * Update a job's retries and/or timeout (docs.camunda.io "Update a job"); either may be null, not
 * both, and retries are positive.
 */
public record UpdateJob(long jobKey, Integer retries, Long timeoutMillis) {

  public UpdateJob {
    if (retries == null && timeoutMillis == null) {
      throw new InvalidArgumentException(
          "Expected to update job with key '"
              + jobKey
              + "', but the changeset has neither retries nor timeout");
    }
    if (retries != null && retries < 1) {
      throw new InvalidArgumentException(
          "Expected to update retries for job with key '"
              + jobKey
              + "' with a positive amount of retries, but the amount given was '"
              + retries
              + "'");
    }
  }
}
