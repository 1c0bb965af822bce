package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record administration": stores the documentation just completed (nurse or coder) as the next
 * version; documentation that breaks a rule goes back with the problem ({@code
 * DOCUMENTATION_INVALID}, variable {@code documentationProblem}).
 */
@Component
public class RecordAdministrationWorker {
  private final AdministrationService administrations;
  private final TaskCompletions completions;

  public RecordAdministrationWorker(
      AdministrationService administrations, TaskCompletions completions) {
    this.administrations = administrations;
    this.completions = completions;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_RECORD_ADMINISTRATION, fetchAllVariables = true)
  public Map<String, Object> record(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    long visitId = ((Number) variables.get(InfusionVisitProcess.VAR_VISIT_ID)).longValue();
    Documentation documentation;
    try {
      documentation = administrations.read(variables);
    } catch (IllegalArgumentException e) {
      throw invalid("the documentation could not be read: " + readable(e));
    }
    var recorded = administrations.record(visitId, documentation, completedBy(job));
    if (!recorded.ok()) {
      throw invalid(recorded.problem().toString());
    }
    return Map.of(
        InfusionVisitProcess.VAR_DOCUMENTATION_VERSION,
        recorded.version(),
        InfusionVisitProcess.VAR_DOCUMENTATION_PROBLEM,
        "");
  }

  private static RuntimeException invalid(String problem) {
    return CamundaError.bpmnError(
        InfusionVisitProcess.ERROR_DOCUMENTATION_INVALID,
        problem,
        Map.of(InfusionVisitProcess.VAR_DOCUMENTATION_PROBLEM, problem));
  }

  private static String readable(IllegalArgumentException e) {
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      StringBuilder path = new StringBuilder();
      for (var r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      return path + " is not of the expected type";
    }
    return "unexpected values";
  }

  /** Who completed the task whose values these are: the last completed task's assignee. */
  private String completedBy(ActivatedJob job) {
    return completions.lastAssignee(job).orElse(null);
  }
}
