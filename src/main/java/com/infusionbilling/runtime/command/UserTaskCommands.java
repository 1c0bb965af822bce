package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.UserTaskRecord;
import com.infusionbilling.runtime.engine.UserTaskStore;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.model.TaskListener;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Commands on Camunda user tasks (docs.camunda.io, REST API v2 "User task"): complete, assign,
 * unassign and update. A completion takes the process instance's lock and re-reads the task under
 * it, so of concurrent completions exactly one wins and the others find no waiting task (404).
 * Assignment and updates lock the task's row.
 */
public final class UserTaskCommands {

  private final CommandExecutor executor;
  private final InstanceStore instances;
  private final UserTaskStore tasks;
  private final RuntimeClock clock;

  public UserTaskCommands(CommandExecutor executor, InstanceStore instances, RuntimeClock clock) {
    this.executor = executor;
    this.instances = instances;
    this.tasks = instances.userTaskStore();
    this.clock = clock;
  }

  /**
   * Completes a user task; with completing listeners the completion waits for them (the task is
   * COMPLETING meanwhile). The action is recorded with the task.
   */
  public void complete(CompleteUserTask command) {
    long userTaskKey = command.userTaskKey();
    announcing(
        () -> {
          Long processInstanceKey = tasks.processInstanceOf(userTaskKey);
          if (processInstanceKey == null) {
            throw notFound("complete", userTaskKey);
          }
          ProcessInstanceExecution execution = instances.load(processInstanceKey, clock.millis());
          // Read under the instance lock: a concurrent completion has committed or waits.
          // The row lock keeps a concurrent assignment or update from being overwritten.
          UserTaskRecord task = tasks.load(userTaskKey, true);
          var element = task == null ? null : execution.instance(task.elementInstanceKey);
          if (task == null || !task.isWaiting() || element == null || !element.isActive()) {
            throw notFound("complete", userTaskKey);
          }
          instances.attachUserTask(execution, task);
          task.action = command.action();
          if (!execution.beginUserTaskTransition(
              task,
              TaskListener.EventType.COMPLETING,
              task.action,
              Map.of(),
              command.variables())) {
            execution.completeUserTask(task, command.variables());
          }
          instances.flush(execution);
          return execution.activatableJobTypes();
        });
  }

  /** Assigns a user task (waiting for assigning listeners when there are some). */
  public void assign(AssignUserTask command) {
    long userTaskKey = command.userTaskKey();
    String assignee = command.assignee();
    announcing(
        () -> {
          UserTaskRecord task = waiting(userTaskKey, "assign");
          if (!command.allowOverride()
              && task.assignee != null
              && !task.assignee.equals(assignee)) {
            throw new InvalidStateException(
                "Expected to assign user task with key '"
                    + userTaskKey
                    + "', but it is already assigned and allowOverride is false");
          }
          Map<String, Object> changes = new java.util.LinkedHashMap<>();
          changes.put("assignee", assignee);
          return change(task, TaskListener.EventType.ASSIGNING, command.action(), changes);
        });
  }

  /** Unassigns a user task (an assigning transition: its listeners run first). */
  public void unassign(UnassignUserTask command) {
    announcing(
        () -> {
          UserTaskRecord task = waiting(command.userTaskKey(), "unassign");
          Map<String, Object> changes = new java.util.LinkedHashMap<>();
          changes.put("assignee", null);
          return change(task, TaskListener.EventType.ASSIGNING, command.action(), changes);
        });
  }

  /** Updates a user task (waiting for updating listeners when there are some). */
  public void update(UpdateUserTask command) {
    UpdateUserTask.Changeset changes = command.changeset();
    announcing(
        () -> {
          UserTaskRecord task = waiting(command.userTaskKey(), "update");
          Map<String, Object> attributes = new java.util.LinkedHashMap<>();
          if (changes.dueDate() != null) {
            attributes.put(
                "dueDate",
                changes.dueDate() == UpdateUserTask.Changeset.CLEAR ? null : changes.dueDate());
          }
          if (changes.followUpDate() != null) {
            attributes.put(
                "followUpDate",
                changes.followUpDate() == UpdateUserTask.Changeset.CLEAR
                    ? null
                    : changes.followUpDate());
          }
          if (changes.candidateGroups() != null) {
            attributes.put("candidateGroups", List.copyOf(changes.candidateGroups()));
          }
          if (changes.candidateUsers() != null) {
            attributes.put("candidateUsers", List.copyOf(changes.candidateUsers()));
          }
          if (changes.priority() != null) {
            attributes.put("priority", changes.priority());
          }
          return change(task, TaskListener.EventType.UPDATING, command.action(), attributes);
        });
  }

  /**
   * Applies an assignment or update: at once when the element has no listeners for the event;
   * otherwise the transition waits for them under the process instance's lock.
   */
  private Set<String> change(
      UserTaskRecord task,
      TaskListener.EventType event,
      String action,
      Map<String, Object> attributes) {
    if (!instances.hasTaskListeners(task, event)) {
      UserTaskStore.apply(task, attributes);
      task.action = action;
      tasks.update(task);
      return Set.of();
    }
    ProcessInstanceExecution execution = instances.load(task.processInstanceKey, clock.millis());
    UserTaskRecord locked = tasks.load(task.key, true);
    if (locked == null || !locked.isWaiting()) {
      throw notFound(action, task.key);
    }
    instances.attachUserTask(execution, locked);
    execution.beginUserTaskTransition(locked, event, action, attributes, Map.of());
    instances.flush(execution);
    return execution.activatableJobTypes();
  }

  /**
   * Runs a command whose work returns the job types it made activatable (announced after the
   * commit).
   */
  private void announcing(Supplier<Set<String>> work) {
    executor.execute(
        context -> {
          context.jobsAvailable(work.get());
          return null;
        });
  }

  /** An action a request names, or the command's own when it names none. */
  static String orDefault(String action, String fallback) {
    return action == null || action.isBlank() ? fallback : action;
  }

  private UserTaskRecord waiting(long userTaskKey, String verb) {
    UserTaskRecord task = tasks.load(userTaskKey, true);
    if (task == null || !task.isWaiting()) {
      throw notFound(verb, userTaskKey);
    }
    return task;
  }

  private static NotFoundException notFound(String verb, long userTaskKey) {
    return new NotFoundException(
        "Expected to "
            + verb
            + " user task with key '"
            + userTaskKey
            + "', but no such user task was found");
  }
}
