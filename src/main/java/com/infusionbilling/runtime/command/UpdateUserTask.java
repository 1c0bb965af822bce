package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.List;

/**
 * Update a user task (docs.camunda.io "Update user task"): the properties its changeset names (none
 * when null); the action defaults to "update".
 */
public record UpdateUserTask(long userTaskKey, Changeset changeset, String action) {

  public UpdateUserTask {
    changeset = changeset == null ? new Changeset(null, null, null, null, null) : changeset;
    action = UserTaskCommands.orDefault(action, "update");
  }

  /**
   * The properties an update changes; null leaves one unchanged (a date of {@link #CLEAR} clears
   * it). A priority is between 0 and 100.
   */
  public record Changeset(
      Long dueDate,
      Long followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      Integer priority) {
    public static final long CLEAR = -1;

    public Changeset {
      if (priority != null && (priority < 0 || priority > 100)) {
        throw invalidPriority(String.valueOf(priority));
      }
    }

    /** The problem of a priority that is not an integer between 0 and 100, as given. */
    public static InvalidArgumentException invalidPriority(String given) {
      return new InvalidArgumentException(
          "The property 'changeset.priority' must be an integer between 0 and 100, but was '"
              + given
              + "'");
    }
  }
}
