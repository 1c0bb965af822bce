package com.infusionbilling.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.runtime.testing.BpmnModels;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.RevenueCycleFixtures;
import com.infusionbilling.testing.UserTasks;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Completing "Investigate inventory variance" through the worklist: a linked visit that does not
 * exist is refused with a 400 naming the field (the task stays open); an existing one is accepted.
 * The task is the real one's element and form, in a one-task process of this test's own.
 */
@ApiTest
class InvestigationCompletionApiTest {
  @Autowired MockMvc mvc;
  @Autowired CamundaClient camunda;
  @Autowired EpisodeFixtures episodes;
  @Autowired RevenueCycleFixtures fixtures;

  String processId;
  String group;

  @BeforeEach
  void deploy() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    processId = "InvestigationCompletionTest_" + run;
    group = "pharmacy-" + run;
    camunda
        .newDeployResourceCommand()
        .addProcessModel(
            BpmnModels.oneUserTask(
                processId,
                InventoryReconciliationProcess.TASK_INVESTIGATE,
                t ->
                    t.name("Investigate inventory variance")
                        .zeebeCandidateGroups(group)
                        .zeebeFormId("investigate-inventory-variance")),
            processId + ".bpmn")
        .addResourceFromClasspath("forms/investigate-inventory-variance.form")
        .send()
        .join();
  }

  long startTask() {
    long instance =
        camunda
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(Map.of("hcpcs", "J1745", "source", "BUY_AND_BILL", "lotId", 1))
            .send()
            .join()
            .getProcessInstanceKey();
    return UserTasks.awaitUserTask(camunda, instance);
  }

  RequestPostProcessor pharmacist() {
    return user("pat-pharmacy").authorities(() -> "ROLE_COORDINATOR", () -> "GROUP_" + group);
  }

  String completion(long linkedVisitId) {
    return "{\"variables\": {\"varianceCause\": \"UNBILLED_DOSE\", \"correctiveAction\":"
        + " \"Billed the missed dose\", \"linkedVisitId\": "
        + linkedVisitId
        + "}}";
  }

  @Test
  void aLinkedVisitThatDoesNotExistIsRefusedNamingTheField() throws Exception {
    long key = startTask();
    mvc.perform(post("/api/worklist/tasks/{key}/claim", key).with(pharmacist()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(pharmacist())
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion(Long.MAX_VALUE)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value(InventoryReconciliationProcess.VAR_LINKED_VISIT_ID));
    assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
        .isEqualTo(UserTaskState.CREATED);

    long episode = episodes.episode("COMMERCIAL_ACME", "INV-" + processId).getId();
    long visit = fixtures.visit(episode, LocalDate.now(), "BUY_AND_BILL");
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(pharmacist())
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion(visit)))
        .andExpect(status().isNoContent());
    assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
        .isEqualTo(UserTaskState.COMPLETED);
  }
}
