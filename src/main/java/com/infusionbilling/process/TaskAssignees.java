package com.infusionbilling.process;

import io.camunda.client.CamundaClient;
import java.util.Optional;

/**
 * Who did a user task, from the engine's record of it (its assignee), not from a form value: the
 * manager who approved a write-off is the assignee of the instance's "Approve write-off".
 */
public final class TaskAssignees {
  private TaskAssignees() {}

  /** The assignee of the instance's last task of {@code elementId} that has one. */
  public static Optional<String> last(
      CamundaClient client, long processInstanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).elementId(elementId))
        .send()
        .join()
        .items()
        .stream()
        .map(t -> t.getAssignee())
        .filter(a -> a != null && !a.isBlank())
        .reduce((first, second) -> second);
  }
}
