package com.infusionbilling.denial;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.List;
import java.util.Optional;

/** The searches the end-to-end tests of denials make: a claim's open task, a variable's value. */
final class ProcessSearches {
  private ProcessSearches() {}

  /** The open user task {@code elementId} of an instance whose {@code claimId} is the claim's. */
  static Optional<UserTask> openTask(CamundaClient client, String elementId, long claimId) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.elementId(elementId)
                    .state(UserTaskState.CREATED)
                    .processInstanceVariables(
                        List.of(v -> v.name("claimId").value(String.valueOf(claimId)))))
        .send()
        .join()
        .items()
        .stream()
        .findFirst();
  }

  /** A variable of the instance, as text (a string without its JSON quotes). */
  static String variable(CamundaClient client, long processInstanceKey, String name) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).name(name))
        .send()
        .join()
        .items()
        .get(0)
        .getValue()
        .replace("\"", "");
  }
}
