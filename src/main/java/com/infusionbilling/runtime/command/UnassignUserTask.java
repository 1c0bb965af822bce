package com.infusionbilling.runtime.command;

/**
 * Unassign a user task (docs.camunda.io "Unassign user task"); the action defaults to "unassign".
 */
public record UnassignUserTask(long userTaskKey, String action) {

  public UnassignUserTask {
    action = UserTaskCommands.orDefault(action, "unassign");
  }
}
