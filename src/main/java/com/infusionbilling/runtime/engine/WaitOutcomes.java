package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.TaskListener;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.JobResult;
import java.util.Locale;
import java.util.Map;

/**
 * What happens when something an element instance waits on is resolved by a command: a job is
 * completed, failed or throws a BPMN error (docs.camunda.io "Job workers"), a user task changes or
 * completes (with its task listeners), or an incident is resolved and the step that raised it is
 * retried. Each outcome advances the instance until every token waits again.
 */
final class WaitOutcomes {

  private final ProcessInstanceExecution execution;
  private final ElementLifecycle lifecycle;

  WaitOutcomes(ProcessInstanceExecution execution, ElementLifecycle lifecycle) {
    this.execution = execution;
    this.lifecycle = lifecycle;
  }

  // ---------------------------------------------------------------------------------------------
  // Jobs

  /** A job's worker completed it, for a listener or ad-hoc sub-process job with a result. */
  void completeJob(JobRecord job, Map<String, Object> jobVariables, JobResult result) {
    if (TaskListenerRunner.KIND.equals(job.kind)) {
      execution.waits().markCompleted(job);
      TaskListenerRunner.completed(execution, job, jobVariables, result);
      execution.run();
      return;
    }
    if (result != null) {
      throw new InvalidArgumentException(
          "Expected to complete job with key '"
              + job.key
              + "' without a result: job results (corrections, denial, elements to activate)"
              + " apply to task listener and ad-hoc sub-process jobs");
    }
    ElementInstance instance = requireActive(job.elementInstanceKey);
    execution.waits().markCompleted(job);
    if (ExecutionListenerRunner.KIND.equals(job.kind)) {
      ExecutionListenerRunner.completed(execution, instance, job, jobVariables);
      execution.run();
      return;
    }
    execution.mergeResultVariables(instance, jobVariables);
    execution.complete(instance);
    execution.run();
  }

  /** A worker reported failure: retry later, or raise an incident when no retries are left. */
  void failJob(
      JobRecord job,
      int retries,
      String errorMessage,
      long retryBackOffMillis,
      Map<String, Object> jobVariables) {
    ElementInstance instance = requireActive(job.elementInstanceKey);
    execution.variables().setAllLocal(instance.key(), jobVariables);
    job.state = JobState.FAILED;
    job.retries = Math.max(retries, 0);
    job.errorMessage = errorMessage;
    job.deadline = null;
    job.worker = null;
    job.markDirty();
    if (retries > 0) {
      job.failedWithRetriesLeft = true;
      job.activatableAt = execution.now() + Math.max(retryBackOffMillis, 0);
      execution.waits().activatable(job);
    } else {
      job.failedWithRetriesLeft = false;
      job.activatableAt = null;
      String message =
          errorMessage == null || errorMessage.isBlank() ? "No more retries left." : errorMessage;
      execution.raiseIncident(instance, "JOB_NO_RETRIES", message, job.key);
    }
    execution.run();
  }

  /** A worker threw a BPMN error. Without a catching event in scope it becomes an incident. */
  void throwError(
      JobRecord job, String errorCode, String errorMessage, Map<String, Object> errorVariables) {
    if (!"BPMN_ELEMENT".equals(job.kind)) {
      throw new InvalidStateException(
          "Expected to throw an error for job with key '"
              + job.key
              + "', but it is a "
              + job.kind.toLowerCase(Locale.ROOT).replace('_', ' ')
              + " job, for which Camunda does not support throwing BPMN errors");
    }
    ElementInstance instance = requireActive(job.elementInstanceKey);
    job.state = JobState.ERROR_THROWN;
    job.errorCode = errorCode;
    job.errorMessage = errorMessage;
    job.activatableAt = null;
    job.deadline = null;
    job.markDirty();
    execution.events().throwError(instance, errorCode, errorMessage, errorVariables, job.key);
    execution.run();
  }

  // ---------------------------------------------------------------------------------------------
  // Incidents

  /** Marks an incident resolved and retries the step that raised it. */
  void resolveIncident(IncidentRecord incident, JobRecord job) {
    long now = execution.now();
    incident.state = IncidentState.RESOLVED;
    incident.resolvedTime = now;
    incident.dirty = true;
    ElementInstance instance = execution.instance(incident.elementInstanceKey);
    if (instance == null || !instance.isActive()) {
      return;
    }
    instance.setIncidentKey(null);
    if (job != null) {
      if (job.retries > 0) {
        job.activatableAt = now;
        job.deadline = null;
        job.worker = null;
        job.markDirty();
        execution.waits().activatable(job);
      } else {
        execution.raiseIncident(instance, incident.errorType, incident.errorMessage, job.key);
      }
      return;
    }
    if (instance.element().type() == BpmnElementType.USER_TASK
        && instance.lifecycle() == Lifecycle.ACTIVATED
        && TaskListenerRunner.retry(execution, instance)) {
      execution.run(); // a task listener's expression failed: the transition's listeners run again
      return;
    }
    switch (instance.lifecycle()) {
      case ACTIVATING -> lifecycle.activate(instance);
      case ACTIVATED -> lifecycle.reactivate(instance);
      case COMPLETING -> lifecycle.completeTaking(instance, instance.element().outgoing());
      default -> {}
    }
    execution.run();
  }

  // ---------------------------------------------------------------------------------------------
  // User tasks with task listeners

  /** A user task was created: its creating listeners run, or the assigning ones if assigned. */
  void userTaskCreated(ElementInstance instance, UserTaskRecord task) {
    execution.waits().putUserTask(task);
    if (!TaskListenerRunner.begin(
        execution, instance, task, TaskListener.EventType.CREATING, null, Map.of(), Map.of())) {
      TaskListenerRunner.afterCreated(execution, instance, task);
    }
  }

  /**
   * An API command on a user task (assign, unassign, update, complete): when the element has
   * listeners for the event, the transition waits for them and true is returned; otherwise nothing
   * happens here and false is returned.
   */
  boolean beginUserTaskTransition(
      UserTaskRecord task,
      TaskListener.EventType event,
      String action,
      Map<String, Object> changes,
      Map<String, Object> completionVariables) {
    ElementInstance instance = requireActive(task.elementInstanceKey);
    execution.waits().putUserTask(task);
    boolean waiting =
        TaskListenerRunner.begin(
            execution, instance, task, event, action, changes, completionVariables);
    task.markDirty();
    execution.run();
    return waiting;
  }

  /** A user completed a user task: merge its variables and complete its element. */
  void completeUserTask(UserTaskRecord task, Map<String, Object> taskVariables) {
    ElementInstance instance = requireActive(task.elementInstanceKey);
    task.state = UserTaskState.COMPLETED;
    task.completionTime = execution.now();
    task.markDirty();
    execution.mergeResultVariables(instance, taskVariables);
    execution.complete(instance);
    execution.run();
  }

  private ElementInstance requireActive(long elementInstanceKey) {
    return execution.requireActive(elementInstanceKey);
  }
}
