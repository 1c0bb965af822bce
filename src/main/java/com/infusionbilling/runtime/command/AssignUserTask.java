package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;

/**
 * Assign a user task (docs.camunda.io "Assign user task"). The assignee is required; a task that
 * already has another assignee is reassigned unless {@code allowOverride} is false (default true).
 * The action defaults to "assign".
 */
public record AssignUserTask(
    long userTaskKey, String assignee, Boolean allowOverride, String action) {

  public AssignUserTask {
    if (assignee == null || assignee.isBlank()) {
      throw new InvalidArgumentException("The property 'assignee' is required");
    }
    allowOverride = allowOverride == null || allowOverride;
    action = UserTaskCommands.orDefault(action, "assign");
  }
}
