package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.UserTaskRecord;
import com.infusionbilling.runtime.engine.UserTaskStore;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commands on Camunda user tasks (docs.camunda.io, REST API v2 "User task"): complete, assign,
 * unassign and update. A completion takes the process instance's lock and re-reads the task under
 * it, so of concurrent completions exactly one wins and the others find no waiting task (404).
 * Assignment and updates lock the task's row.
 */
public final class UserTaskCommands {

  /** The properties an update changes; null leaves one unchanged (a date of -1 clears it). */
  public record Changeset(
      Long dueDate,
      Long followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      Integer priority) {
    public static final long CLEAR = -1;
  }

  private final Transactions tx;
  private final InstanceStore instances;
  private final UserTaskStore tasks;
  private final JobDispatcher dispatcher;
  private final RuntimeClock clock;

  public UserTaskCommands(
      TransactionTemplate tx,
      InstanceStore instances,
      JobDispatcher dispatcher,
      RuntimeClock clock) {
    this.tx = new Transactions(tx);
    this.instances = instances;
    this.tasks = instances.userTaskStore();
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  public void complete(long userTaskKey, Map<String, Object> variables) {
    Set<String> jobTypes =
        tx.inTransaction(
            () -> {
              Long processInstanceKey = tasks.processInstanceOf(userTaskKey);
              if (processInstanceKey == null) {
                throw notFound("complete", userTaskKey);
              }
              ProcessInstanceExecution execution =
                  instances.load(processInstanceKey, clock.millis());
              // Read under the instance lock: a concurrent completion has committed or waits.
              // The row lock keeps a concurrent assignment or update from being overwritten.
              UserTaskRecord task = tasks.load(userTaskKey, true);
              var element = task == null ? null : execution.instance(task.elementInstanceKey);
              if (task == null || !task.isWaiting() || element == null || !element.isActive()) {
                throw notFound("complete", userTaskKey);
              }
              instances.attachUserTask(execution, task);
              execution.completeUserTask(task, variables == null ? Map.of() : variables);
              instances.flush(execution);
              return execution.activatableJobTypes();
            });
    dispatcher.jobsAvailable(jobTypes);
  }

  public void assign(long userTaskKey, String assignee, boolean allowOverride) {
    if (assignee == null || assignee.isBlank()) {
      throw new InvalidArgumentException(
          "Expected to assign user task with key '"
              + userTaskKey
              + "', but no 'assignee' was given");
    }
    tx.inTransaction(
        () -> {
          UserTaskRecord task = waiting(userTaskKey, "assign");
          if (!allowOverride && task.assignee != null && !task.assignee.equals(assignee)) {
            throw new InvalidStateException(
                "Expected to assign user task with key '"
                    + userTaskKey
                    + "', but it is already assigned and allowOverride is false");
          }
          task.assignee = assignee;
          tasks.update(task);
          return null;
        });
  }

  public void unassign(long userTaskKey) {
    tx.inTransaction(
        () -> {
          UserTaskRecord task = waiting(userTaskKey, "unassign");
          task.assignee = null;
          tasks.update(task);
          return null;
        });
  }

  public void update(long userTaskKey, Changeset changes) {
    tx.inTransaction(
        () -> {
          UserTaskRecord task = waiting(userTaskKey, "update");
          if (changes.dueDate() != null) {
            task.dueDate = changes.dueDate() == Changeset.CLEAR ? null : changes.dueDate();
          }
          if (changes.followUpDate() != null) {
            task.followUpDate =
                changes.followUpDate() == Changeset.CLEAR ? null : changes.followUpDate();
          }
          if (changes.candidateGroups() != null) {
            task.candidateGroups = List.copyOf(changes.candidateGroups());
          }
          if (changes.candidateUsers() != null) {
            task.candidateUsers = List.copyOf(changes.candidateUsers());
          }
          if (changes.priority() != null) {
            task.priority = changes.priority();
          }
          tasks.update(task);
          return null;
        });
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
