package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.TaskListener;

/**
 * The states of a Camunda user task, as docs.camunda.io's user task search reports them ({@code
 * rt_user_task.state} holds the name): CREATED while it waits for a person, a transition's -ING
 * state while that transition's task listeners run, and COMPLETED or CANCELED at its end.
 */
public enum UserTaskState {
  CREATING,
  CREATED,
  ASSIGNING,
  UPDATING,
  COMPLETING,
  COMPLETED,
  CANCELING,
  CANCELED,
  FAILED;

  /** The state of a task while the listeners of the transition's event run. */
  static UserTaskState during(TaskListener.EventType event) {
    return switch (event) {
      case CREATING -> CREATING;
      case ASSIGNING -> ASSIGNING;
      case UPDATING -> UPDATING;
      case COMPLETING -> COMPLETING;
      case CANCELING -> CANCELING;
    };
  }
}
