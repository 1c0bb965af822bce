package com.infusionbilling.runtime.model;

import java.util.List;

/** A resource cannot be deployed; every problem names the element and the reason. */
public class DeploymentRejectedException extends RuntimeException {
  private final List<String> problems;

  public DeploymentRejectedException(String resourceName, List<String> problems) {
    super(
        "Expected to deploy new resources, but encountered the following errors:\n'"
            + resourceName
            + "':\n- "
            + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
