package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import java.util.Map;

/**
 * A user task's Zeebe extensions: zeebe:assignmentDefinition, zeebe:taskSchedule,
 * zeebe:priorityDefinition, zeebe:formDefinition and zeebe:taskHeaders. Every expression is static
 * text or FEEL and may be null (not set).
 *
 * @param camundaUserTask true with zeebe:userTask (a Camunda user task); false for a job-worker
 *     user task, which runs as a job of type {@code io.camunda.zeebe:userTask}
 * @param formId a linked Camunda form (zeebe:formDefinition formId), or null
 * @param formBinding {@code latest}, {@code deployment} or {@code versionTag}
 * @param formVersionTag with bindingType {@code versionTag}: the version tag of the form
 * @param externalFormReference zeebe:formDefinition externalReference, or null
 * @param formKey the job-worker user task's formKey (zeebe:formDefinition formKey), or null
 */
public record UserTaskDefinition(
    boolean camundaUserTask,
    Expression assignee,
    Expression candidateGroups,
    Expression candidateUsers,
    Expression dueDate,
    Expression followUpDate,
    Expression priority,
    String formId,
    String formBinding,
    String formVersionTag,
    Expression externalFormReference,
    String formKey,
    Map<String, String> headers) {

  /** The job type of job-worker user tasks, as documented. */
  public static final String JOB_WORKER_TYPE = "io.camunda.zeebe:userTask";

  /** The priority of a user task without zeebe:priorityDefinition. */
  public static final int DEFAULT_PRIORITY = 50;
}
