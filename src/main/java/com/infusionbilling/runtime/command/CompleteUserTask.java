package com.infusionbilling.runtime.command;

import java.util.Map;

/**
 * Complete a user task (docs.camunda.io "Complete user task") with the variables it sets (none when
 * null); the action (default "complete") is recorded with the task.
 */
public record CompleteUserTask(long userTaskKey, Map<String, Object> variables, String action) {

  public CompleteUserTask {
    variables = variables == null ? Map.of() : variables;
    action = UserTaskCommands.orDefault(action, "complete");
  }
}
