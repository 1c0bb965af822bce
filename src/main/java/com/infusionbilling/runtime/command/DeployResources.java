package com.infusionbilling.runtime.command;

import java.util.List;

/**
 * Deploy resources (docs.camunda.io "Deploy resources"): BPMN processes, DMN decisions and forms,
 * all or nothing, for a tenant (the default tenant when none is given).
 */
public record DeployResources(List<DeploymentProcessor.Resource> resources, String tenantId) {

  public DeployResources {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }
}
