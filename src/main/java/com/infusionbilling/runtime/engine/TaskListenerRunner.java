package com.infusionbilling.runtime.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.TaskListener;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.JobResult;
import com.infusionbilling.runtime.state.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * User task listeners (docs.camunda.io "User task listeners"): a lifecycle transition of a Camunda
 * user task (creating, assigning, updating, completing, canceling) waits while the listeners of its
 * event run as jobs, one after the other; the task is in the state of the event meanwhile. Each job
 * shows the task's properties with the pending changes and the corrections of the listeners before
 * it; a listener may correct the assignee, dates, candidates and priority, or deny an assigning,
 * updating or completing transition (the task then stays as it was). When the last listener
 * completes, the changes and corrections apply and the transition finishes.
 */
final class TaskListenerRunner {

  static final String KIND = "TASK_LISTENER";

  /** A transition waiting for listeners, stored with the task. */
  record Pending(
      String event,
      int index,
      String action,
      Map<String, Object> changes,
      Map<String, Object> variables) {}

  private TaskListenerRunner() {}

  /** Whether the task's element has listeners for the event. */
  static boolean hasListeners(ElementInstance instance, TaskListener.EventType event) {
    return !instance.element().taskListeners(event).isEmpty();
  }

  /**
   * Starts a transition that waits for listeners: the task takes the event's state and the first
   * listener's job is created. False (nothing done) when the element has no listeners for it.
   */
  static boolean begin(
      ProcessInstanceExecution execution,
      ElementInstance instance,
      UserTaskRecord task,
      TaskListener.EventType event,
      String action,
      Map<String, Object> changes,
      Map<String, Object> variables) {
    if (!hasListeners(instance, event)) {
      return false;
    }
    Pending pending =
        new Pending(
            event.name(),
            0,
            action,
            new LinkedHashMap<>(changes),
            variables == null ? Map.of() : variables);
    task.state = UserTaskState.during(event);
    createJob(execution, instance, task, pending);
    return true;
  }

  /** A task listener job completed, with corrections or a denial. */
  static void completed(
      ProcessInstanceExecution execution,
      JobRecord job,
      Map<String, Object> variables,
      JobResult result) {
    if (variables != null && !variables.isEmpty()) {
      throw new InvalidArgumentException(
          "Expected to complete task listener job with key '"
              + job.key
              + "' without variables, but variables were given (task listeners cannot set"
              + " variables)");
    }
    UserTaskRecord task = execution.waits().openUserTaskOf(job.elementInstanceKey);
    if (task == null || task.pendingTransition == null) {
      throw new IllegalStateException("no user task waits for task listener job " + job.key);
    }
    Pending pending = read(task.pendingTransition);
    TaskListener.EventType event = TaskListener.EventType.valueOf(pending.event());
    ElementInstance instance = execution.instance(job.elementInstanceKey);
    if (result != null && result.denied()) {
      if (!event.deniable()) {
        throw new InvalidStateException(
            "Expected to deny the "
                + event.name().toLowerCase()
                + " transition of user task '"
                + task.key
                + "', but only assigning, updating and completing can be denied");
      }
      task.state = UserTaskState.CREATED; // the task stays as it was; the corrections are discarded
      task.pendingTransition = null;
      task.markDirty();
      return;
    }
    Map<String, Object> changes = new LinkedHashMap<>(pending.changes());
    if (result != null && result.corrections() != null) {
      changes.putAll(corrections(result.corrections()));
    }
    Pending next =
        new Pending(
            pending.event(), pending.index() + 1, pending.action(), changes, pending.variables());
    if (instance != null && next.index() < instance.element().taskListeners(event).size()) {
      createJob(execution, instance, task, next);
      return;
    }
    finish(execution, instance, task, next);
  }

  private static void finish(
      ProcessInstanceExecution execution,
      ElementInstance instance,
      UserTaskRecord task,
      Pending pending) {
    apply(task, pending.changes());
    task.action = pending.action();
    task.pendingTransition = null;
    task.markDirty();
    switch (TaskListener.EventType.valueOf(pending.event())) {
      case CREATING -> {
        task.state = UserTaskState.CREATED;
        afterCreated(execution, instance, task);
      }
      case ASSIGNING, UPDATING -> task.state = UserTaskState.CREATED;
      case COMPLETING -> {
        task.state = UserTaskState.CREATED;
        execution.completeUserTask(task, pending.variables());
      }
      case CANCELING -> {
        task.state = UserTaskState.CANCELED;
        task.completionTime = execution.now();
      }
    }
  }

  /**
   * A task was created (after its creating listeners): when the process assigned it, the assigning
   * listeners run as for an assignment.
   */
  static void afterCreated(
      ProcessInstanceExecution execution, ElementInstance instance, UserTaskRecord task) {
    if (task.assignee == null
        || instance == null
        || !hasListeners(instance, TaskListener.EventType.ASSIGNING)) {
      return;
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("assignee", task.assignee);
    task.assignee = null;
    begin(execution, instance, task, TaskListener.EventType.ASSIGNING, "", changes, Map.of());
  }

  private static void createJob(
      ProcessInstanceExecution execution,
      ElementInstance instance,
      UserTaskRecord task,
      Pending pending) {
    TaskListener.EventType event = TaskListener.EventType.valueOf(pending.event());
    TaskListener listener = instance.element().taskListeners(event).get(pending.index());
    String type;
    long retries;
    try {
      Map<String, Object> variables = execution.visibleVariables(instance);
      type = execution.expressions().evaluateString(listener.type(), variables);
      retries = execution.expressions().evaluateLong(listener.retries(), variables);
    } catch (ExpressionException e) {
      // resolving the incident runs the transition's listeners again from the first
      task.pendingTransition =
          Json.write(
              new Pending(
                  pending.event(), 0, pending.action(), pending.changes(), pending.variables()));
      task.markDirty();
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    task.pendingTransition = Json.write(pending);
    task.markDirty();
    JobRecord job =
        execution
            .waits()
            .createJob(
                instance, type, (int) retries, KIND, event.name(), instance.element().jobHeaders());
    job.userTask = Json.write(properties(task, pending));
  }

  /** Resolving an incident of a listener's expression: the transition's listeners run again. */
  static boolean retry(ProcessInstanceExecution execution, ElementInstance instance) {
    UserTaskRecord task = execution.waits().openUserTaskOf(instance.key());
    if (task == null || task.pendingTransition == null) {
      return false;
    }
    createJob(execution, instance, task, read(task.pendingTransition));
    return true;
  }

  /** What a listener job shows of the task: its properties with the pending changes. */
  private static Map<String, Object> properties(UserTaskRecord task, Pending pending) {
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("assignee", task.assignee);
    current.put("candidateGroups", task.candidateGroups);
    current.put("candidateUsers", task.candidateUsers);
    current.put("dueDate", task.dueDate);
    current.put("followUpDate", task.followUpDate);
    current.put("priority", task.priority);
    List<String> changed = new ArrayList<>();
    Map<String, Object> shown = new LinkedHashMap<>(current);
    pending
        .changes()
        .forEach(
            (name, value) -> {
              if (!Objects.equals(normalized(current.get(name)), normalized(value))) {
                changed.add(name);
              }
              shown.put(name, value);
            });
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("userTaskKey", task.key);
    properties.put("action", pending.action() == null ? "" : pending.action());
    properties.put("assignee", shown.get("assignee"));
    properties.put("candidateGroups", shown.get("candidateGroups"));
    properties.put("candidateUsers", shown.get("candidateUsers"));
    properties.put("changedAttributes", changed);
    properties.put("dueDate", isoDate(shown.get("dueDate")));
    properties.put("followUpDate", isoDate(shown.get("followUpDate")));
    properties.put("formKey", task.formKey);
    properties.put("priority", shown.get("priority"));
    return properties;
  }

  private static Object normalized(Object value) {
    return value instanceof Number n ? n.longValue() : value;
  }

  /** Applies changes (user task attribute name → new value; null clears) to the task. */
  @SuppressWarnings("unchecked")
  static void apply(UserTaskRecord task, Map<String, Object> changes) {
    changes.forEach(
        (name, value) -> {
          switch (name) {
            case "assignee" ->
                task.assignee = value == null || value.toString().isBlank() ? null : (String) value;
            case "dueDate" -> task.dueDate = value == null ? null : ((Number) value).longValue();
            case "followUpDate" ->
                task.followUpDate = value == null ? null : ((Number) value).longValue();
            case "candidateGroups" ->
                task.candidateGroups =
                    value == null ? List.of() : List.copyOf((List<String>) value);
            case "candidateUsers" ->
                task.candidateUsers = value == null ? List.of() : List.copyOf((List<String>) value);
            case "priority" -> task.priority = ((Number) value).intValue();
            default -> throw new IllegalArgumentException("unknown user task attribute " + name);
          }
        });
  }

  /** A listener's corrections as changes (dates in epoch millis; an empty date clears it). */
  private static Map<String, Object> corrections(JobResult.Corrections corrections) {
    Map<String, Object> changes = new LinkedHashMap<>();
    corrections
        .asChanges()
        .forEach(
            (name, value) -> {
              if ("dueDate".equals(name) || "followUpDate".equals(name)) {
                changes.put(name, parseDate(name, (String) value));
              } else if ("priority".equals(name)
                  && ((Integer) value < 0 || (Integer) value > 100)) {
                throw new InvalidArgumentException(
                    "Expected the corrected priority to be between 0 and 100, but was " + value);
              } else {
                changes.put(name, value);
              }
            });
    return changes;
  }

  private static Long parseDate(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException(
          "Expected the corrected "
              + name
              + " to be an ISO 8601 date-time, but was '"
              + value
              + "'");
    }
  }

  private static String isoDate(Object millis) {
    return millis instanceof Number n
        ? OffsetDateTime.ofInstant(Instant.ofEpochMilli(n.longValue()), ZoneOffset.UTC).toString()
        : null;
  }

  private static Pending read(String json) {
    return Json.MAPPER.convertValue(Json.parse(json), new TypeReference<Pending>() {});
  }
}
