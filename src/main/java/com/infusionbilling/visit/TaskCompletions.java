package com.infusionbilling.visit;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.UserTaskState;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who completed the user task whose values a job is recording (the audit and the documentation's
 * author): the assignee of the instance's last completed task, read through the engine's search.
 */
@Component
class TaskCompletions {
  private final CamundaClient client;

  TaskCompletions(CamundaClient client) {
    this.client = client;
  }

  /** Empty when the search fails or finds no completed task (the caller records it unknown). */
  Optional<String> lastAssignee(ActivatedJob job) {
    try {
      return client
          .newUserTaskSearchRequest()
          .filter(
              f -> f.processInstanceKey(job.getProcessInstanceKey()).state(UserTaskState.COMPLETED))
          .sort(s -> s.completionDate().desc())
          .page(p -> p.limit(1))
          .send()
          .join()
          .items()
          .stream()
          .findFirst()
          .map(t -> t.getAssignee());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
