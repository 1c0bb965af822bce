package com.infusionbilling.testing;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finding user tasks through the v2 API as the worklist does, and waiting for them: a task appears
 * in the search once its element is reached, which is after the command that got it there returned.
 */
public final class UserTasks {
  /** Generous: the build machine may be busy. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private UserTasks() {}

  /** The key of the first user task of this process instance, once it exists. */
  public static long awaitUserTask(CamundaClient client, long processInstanceKey) {
    return await()
        .atMost(TIMEOUT)
        .until(() -> tasksOf(client, processInstanceKey), tasks -> !tasks.isEmpty())
        .get(0)
        .getUserTaskKey();
  }

  /** An open user task of this element (any instance), once one exists. */
  public static UserTask awaitUserTask(CamundaClient client, String elementId) {
    return await()
        .atMost(TIMEOUT)
        .until(() -> openUserTask(client, elementId), Optional::isPresent)
        .orElseThrow();
  }

  /** An open user task of this element (any instance), if there is one now. */
  public static Optional<UserTask> openUserTask(CamundaClient client, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.elementId(elementId).state(UserTaskState.CREATED))
        .send()
        .join()
        .items()
        .stream()
        .findFirst();
  }

  static List<UserTask> tasksOf(CamundaClient client, long processInstanceKey) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }
}
