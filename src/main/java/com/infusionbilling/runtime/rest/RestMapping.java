package com.infusionbilling.runtime.rest;

import com.infusionbilling.runtime.command.DeploymentOutcome;
import com.infusionbilling.runtime.search.EntitySearch;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.state.Json;
import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.DeploymentDecisionRequirementsResult;
import io.camunda.client.protocol.rest.DeploymentDecisionResult;
import io.camunda.client.protocol.rest.DeploymentFormResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.DeploymentProcessResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps command results to the v2 REST bodies (the client's own generated types). */
final class RestMapping {
  private RestMapping() {}

  static long key(String value, String name) {
    if (value == null || value.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException(
          "The property '" + name + "' must be a key (a 64-bit number), but was '" + value + "'");
    }
  }

  static DeploymentResult deployment(DeploymentOutcome outcome) {
    DeploymentResult result =
        new DeploymentResult()
            .deploymentKey(String.valueOf(outcome.deploymentKey()))
            .tenantId(outcome.tenantId());
    for (DeploymentOutcome.Deployed deployed : outcome.deployed()) {
      DeploymentMetadataResult metadata = new DeploymentMetadataResult();
      if (deployed instanceof DeploymentOutcome.ProcessDeployed p) {
        metadata.processDefinition(
            new DeploymentProcessResult()
                .processDefinitionId(p.bpmnProcessId())
                .processDefinitionVersion(p.version())
                .processDefinitionKey(String.valueOf(p.processDefinitionKey()))
                .resourceName(p.resourceName())
                .tenantId(p.tenantId()));
      } else if (deployed instanceof DeploymentOutcome.DecisionDeployed d) {
        metadata.decisionDefinition(
            new DeploymentDecisionResult()
                .decisionDefinitionId(d.decisionId())
                .name(d.name())
                .version(d.version())
                .decisionDefinitionKey(String.valueOf(d.decisionKey()))
                .decisionRequirementsId(d.decisionRequirementsId())
                .decisionRequirementsKey(String.valueOf(d.decisionRequirementsKey()))
                .tenantId(d.tenantId()));
      } else if (deployed instanceof DeploymentOutcome.DecisionRequirementsDeployed r) {
        metadata.decisionRequirements(
            new DeploymentDecisionRequirementsResult()
                .decisionRequirementsId(r.decisionRequirementsId())
                .decisionRequirementsName(r.name())
                .version(r.version())
                .decisionRequirementsKey(String.valueOf(r.decisionRequirementsKey()))
                .resourceName(r.resourceName())
                .tenantId(r.tenantId()));
      } else if (deployed instanceof DeploymentOutcome.FormDeployed f) {
        metadata.form(
            new DeploymentFormResult()
                .formId(f.formId())
                .version(f.version())
                .formKey(String.valueOf(f.formKey()))
                .resourceName(f.resourceName())
                .tenantId(f.tenantId()));
      }
      result.addDeploymentsItem(metadata);
    }
    return result;
  }

  static ActivatedJobResult job(ActivatedJob job) {
    Map<String, Object> variables = new LinkedHashMap<>();
    job.variablesJson().forEach((name, json) -> variables.put(name, Json.parse(json)));
    Map<String, Object> headers = new LinkedHashMap<>(job.customHeaders());
    ActivatedJobResult result = new ActivatedJobResult();
    if (job.userTaskJson() != null) {
      Map<?, ?> task = (Map<?, ?>) Json.parse(job.userTaskJson());
      result.userTask(
          new io.camunda.client.protocol.rest.UserTaskProperties()
              .userTaskKey(text(task.get("userTaskKey")))
              .action(text(task.get("action")))
              .assignee(text(task.get("assignee")))
              .candidateGroups(strings(task.get("candidateGroups")))
              .candidateUsers(strings(task.get("candidateUsers")))
              .changedAttributes(strings(task.get("changedAttributes")))
              .dueDate(text(task.get("dueDate")))
              .followUpDate(text(task.get("followUpDate")))
              .formKey(text(task.get("formKey")))
              .priority(task.get("priority") instanceof Number n ? n.intValue() : null));
    }
    return result
        .jobKey(String.valueOf(job.key()))
        .type(job.type())
        .processInstanceKey(String.valueOf(job.processInstanceKey()))
        .processDefinitionId(job.bpmnProcessId())
        .processDefinitionVersion(job.processDefinitionVersion())
        .processDefinitionKey(String.valueOf(job.processDefinitionKey()))
        .elementId(job.elementId())
        .elementInstanceKey(String.valueOf(job.elementInstanceKey()))
        .customHeaders(headers)
        .worker(job.worker())
        .retries(job.retries())
        .deadline(job.deadline())
        .variables(variables)
        .tenantId(job.tenantId())
        .kind(JobKindEnum.fromValue(job.kind()))
        .listenerEventType(JobListenerEventTypeEnum.fromValue(job.listenerEventType()));
  }

  /** A job completion's result (task listener or ad-hoc sub-process), or null. */
  static com.infusionbilling.runtime.shared.JobResult jobResult(
      io.camunda.client.protocol.rest.JobResult result) {
    if (result == null) {
      return null;
    }
    if (result instanceof io.camunda.client.protocol.rest.JobResultAdHocSubProcess adHoc) {
      List<com.infusionbilling.runtime.shared.JobResult.ActivateElement> elements =
          new java.util.ArrayList<>();
      if (adHoc.getActivateElements() != null) {
        for (var element : adHoc.getActivateElements()) {
          elements.add(
              new com.infusionbilling.runtime.shared.JobResult.ActivateElement(
                  element.getElementId(), element.getVariables()));
        }
      }
      return new com.infusionbilling.runtime.shared.JobResult(
          false,
          null,
          null,
          elements,
          Boolean.TRUE.equals(adHoc.getIsCompletionConditionFulfilled()),
          Boolean.TRUE.equals(adHoc.getIsCancelRemainingInstances()));
    }
    if (result instanceof io.camunda.client.protocol.rest.JobResultUserTask userTask) {
      var c = userTask.getCorrections();
      return com.infusionbilling.runtime.shared.JobResult.userTask(
          Boolean.TRUE.equals(userTask.getDenied()),
          userTask.getDeniedReason(),
          c == null
              ? null
              : new com.infusionbilling.runtime.shared.JobResult.Corrections(
                  c.getAssignee(),
                  c.getDueDate(),
                  c.getFollowUpDate(),
                  c.getCandidateUsers(),
                  c.getCandidateGroups(),
                  c.getPriority()));
    }
    throw new InvalidArgumentException("Unknown job result type '" + result.getType() + "'");
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  static SearchQueryPageResponse page(EntitySearch.Page<?> page) {
    return new SearchQueryPageResponse()
        .totalItems(page.totalItems())
        .hasMoreTotalItems(false)
        .startCursor(page.startCursor())
        .endCursor(page.endCursor());
  }
}
