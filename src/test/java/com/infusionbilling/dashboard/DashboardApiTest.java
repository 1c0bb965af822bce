package com.infusionbilling.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.runtime.testing.BpmnModels;
import com.infusionbilling.testing.ApiTest;
import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The SLA dashboard's numbers are SQL aggregates of the task snapshot: seeded rows with known ages
 * give known open, median, p90, at-risk and breached figures, and each drills down to its rows.
 */
@ApiTest
class DashboardApiTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskSnapshot snapshot;
  @Autowired CamundaClient camunda;

  void seed(
      long key, String stage, double ageHours, String assignee, String group, double dueInHours) {
    Instant now = Instant.now();
    jdbc.update(
        "INSERT INTO dash_task_snapshot (user_task_key, name, element_id, process_id, stage,"
            + " process_instance_key, assignee, candidate_groups, priority, created_at, due_at,"
            + " generation) VALUES (?, ?, 'Task_X', 'BenefitVerification', ?, ?, ?, ?, 50, ?, ?, 1)",
        key,
        "Task " + key,
        stage,
        key + 1000,
        assignee,
        group,
        Timestamp.from(now.minusSeconds((long) (ageHours * 3600))),
        Timestamp.from(now.plusSeconds((long) (dueInHours * 3600))));
    jdbc.update(
        "INSERT INTO dash_task_snapshot_group (user_task_key, group_name) VALUES (?, ?)",
        key,
        group);
  }

  void seedBenefitVerification() {
    jdbc.update("DELETE FROM dash_task_snapshot_group");
    jdbc.update("DELETE FROM dash_task_snapshot");
    // BENEFIT_VERIFICATION target 2 days: at risk from 38.4 h, breached past 48 h
    double[] ages = {1, 5, 10, 20, 30, 40, 45, 50, 60, 100};
    for (int i = 0; i < ages.length; i++) {
      String assignee = i < 3 ? "casey" : i < 5 ? "dana" : null;
      seed(900_000 + i, "BENEFIT_VERIFICATION", ages[i], assignee, "intake", i % 2 == 0 ? -1 : 24);
    }
  }

  @Test
  void perStageNumbersMatchTheSeededAges() throws Exception {
    seedBenefitVerification();
    mvc.perform(get("/api/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openTasks").value(10))
        .andExpect(jsonPath("$.stages[1].stage").value("BENEFIT_VERIFICATION"))
        .andExpect(jsonPath("$.stages[1].open").value(10))
        .andExpect(jsonPath("$.stages[1].medianAgeHours").value(30.0))
        .andExpect(jsonPath("$.stages[1].p90AgeHours").value(60.0))
        .andExpect(jsonPath("$.stages[1].slaTargetHours").value(48.0))
        .andExpect(jsonPath("$.stages[1].atRisk").value(2))
        .andExpect(jsonPath("$.stages[1].breached").value(3))
        .andExpect(jsonPath("$.stages[2].open").value(0));
  }

  @Test
  void eachNumberDrillsDownToItsRows() throws Exception {
    seedBenefitVerification();
    mvc.perform(get("/api/dashboard/stages/benefit-verification/items").param("bucket", "breached"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[*].key", contains(900_009, 900_008, 900_007)));
    mvc.perform(get("/api/dashboard/stages/BENEFIT_VERIFICATION/items").param("bucket", "atRisk"))
        .andExpect(jsonPath("$.items[*].key", contains(900_006, 900_005)));
    mvc.perform(get("/api/dashboard/stages/BENEFIT_VERIFICATION/items").param("bucket", "open"))
        .andExpect(jsonPath("$.items", hasSize(10)));
    mvc.perform(get("/api/dashboard/stages/BENEFIT_VERIFICATION/items").param("bucket", "late"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("bucket"));
  }

  @Test
  void workloadCountsOpenAndOverdueByCoordinatorAndUnassignedByGroup() throws Exception {
    seedBenefitVerification();
    mvc.perform(get("/api/dashboard"))
        .andExpect(jsonPath("$.workload[0].assignee").value("casey"))
        .andExpect(jsonPath("$.workload[0].open").value(3))
        .andExpect(jsonPath("$.workload[0].overdue").value(2))
        .andExpect(jsonPath("$.workload[1].assignee").value("dana"))
        .andExpect(jsonPath("$.workload[1].open").value(2))
        .andExpect(jsonPath("$.workload[1].overdue").value(1))
        .andExpect(jsonPath("$.workload[2].group").value("intake"))
        .andExpect(jsonPath("$.workload[2].open").value(5))
        .andExpect(jsonPath("$.workload[2].overdue").value(2));
  }

  @Test
  void aRenewalWhoseClinicalResponseIsBeingAttachedIsInProgress() throws Exception {
    // issue 14 item 6: the panel counted only undecided renewal requests, and a renewal has no
    // request until "Attach clinical response" is done, so it showed 0
    jdbc.update("DELETE FROM dash_task_snapshot_group");
    jdbc.update("DELETE FROM dash_task_snapshot");
    long before =
        Long.parseLong(
            com.jayway.jsonpath.JsonPath.read(
                    mvc.perform(get("/api/dashboard"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                    "$.authorizations.renewalsInProgress")
                .toString());
    Instant now = Instant.now();
    jdbc.update(
        "INSERT INTO dash_task_snapshot (user_task_key, name, element_id, process_id, stage,"
            + " process_instance_key, assignee, candidate_groups, priority, created_at, due_at,"
            + " generation) VALUES (?, 'Attach clinical response', 'Task_AttachClinicalResponse',"
            + " 'AuthorizationMonitoring', 'PRIOR_AUTHORIZATION', ?, NULL, 'authorization', 50, ?,"
            + " NULL, 1)",
        910_001L,
        911_001L,
        Timestamp.from(now.minusSeconds(3600)));

    mvc.perform(get("/api/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authorizations.renewalsInProgress").value(before + 1));
  }

  @Test
  void theSnapshotFollowsTheEngineThroughTheV2Search() {
    String processId = "DashboardTest_" + UUID.randomUUID().toString().substring(0, 8);
    camunda
        .newDeployResourceCommand()
        .addProcessModel(
            BpmnModels.oneUserTask(
                processId, "Task_Check", t -> t.name("Check").zeebeCandidateGroups("intake")),
            processId + ".bpmn")
        .send()
        .join();
    for (int i = 0; i < 3; i++) {
      camunda.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join();
    }
    String count = "SELECT COUNT(*) FROM dash_task_snapshot WHERE process_id = ?";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              snapshot.refresh();
              assertThat(jdbc.queryForObject(count, Long.class, processId)).isEqualTo(3);
            });
    long key =
        jdbc.queryForObject(
            "SELECT MIN(user_task_key) FROM dash_task_snapshot WHERE process_id = ?",
            Long.class,
            processId);
    camunda.newCompleteUserTaskCommand(key).variables(Map.of()).send().join();
    snapshot.refresh();
    assertThat(jdbc.queryForObject(count, Long.class, processId)).isEqualTo(2);
  }

  @Test
  @WithMockUser(username = "coord", roles = "COORDINATOR")
  void coordinatorsDoNotSeeTheDashboard() throws Exception {
    mvc.perform(get("/api/dashboard")).andExpect(status().isForbidden());
    mvc.perform(post("/api/dashboard/refresh")).andExpect(status().isForbidden());
  }
}
