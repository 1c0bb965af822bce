package com.infusionbilling.runtime.command;

import java.util.List;

/** What a deployment created (or found unchanged). */
public record DeploymentOutcome(long deploymentKey, String tenantId, List<Deployed> deployed) {

  public sealed interface Deployed {}

  public record ProcessDeployed(
      String bpmnProcessId,
      int version,
      long processDefinitionKey,
      String resourceName,
      String tenantId)
      implements Deployed {}

  public record DecisionDeployed(
      String decisionId,
      String name,
      int version,
      long decisionKey,
      String decisionRequirementsId,
      long decisionRequirementsKey,
      String tenantId)
      implements Deployed {}

  public record DecisionRequirementsDeployed(
      String decisionRequirementsId,
      String name,
      int version,
      long decisionRequirementsKey,
      String resourceName,
      String tenantId)
      implements Deployed {}

  public record FormDeployed(
      String formId, int version, long formKey, String resourceName, String tenantId)
      implements Deployed {}
}
