package com.infusionbilling.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.runtime.testing.BpmnModels;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.UserTasks;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The worklist API against the embedded runtime through the v2 user-task API: who sees which task,
 * claiming, completing with the form validated on the server, and a task completed meanwhile. Every
 * test works in candidate groups of its own, so tasks of other tests never show up.
 */
@ApiTest
class WorklistApiTest {
  @Autowired MockMvc mvc;
  @Autowired CamundaClient camunda;
  @Autowired JdbcClient jdbc;
  @Autowired com.infusionbilling.testing.EpisodeFixtures fixtures;
  @Autowired UserAccounts users;
  final ObjectMapper json = new ObjectMapper();

  static final String FORM =
      """
      {"id": "wl-test-verify", "type": "default", "executionPlatform": "Camunda Cloud",
       "executionPlatformVersion": "8.8.0", "schemaVersion": 18,
       "components": [
         {"type": "textfield", "key": "episodeLabel", "label": "Episode", "readonly": true},
         {"type": "textfield", "key": "referenceNumber", "label": "Call reference",
          "validate": {"required": true, "pattern": "^[A-Z0-9]{4,12}$"}}
       ]}
      """;

  String intake;
  String billing;
  String processId;

  @BeforeEach
  void deploy() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    intake = "intake-" + run;
    billing = "billing-" + run;
    processId = "WorklistTest_" + run;
    BpmnModelInstance model =
        BpmnModels.oneUserTask(
            processId,
            "Task_VerifyByPhone",
            t ->
                t.name("Verify benefits by phone")
                    .zeebeCandidateGroupsExpression("groups")
                    .zeebeDueDateExpression("due")
                    .zeebeFormId("wl-test-verify"));
    camunda
        .newDeployResourceCommand()
        .addProcessModel(model, processId + ".bpmn")
        .addResourceStringUtf8(FORM, "wl-test-verify.form")
        .send()
        .join();
  }

  long startTask(String group, OffsetDateTime due) {
    return startTask(group, due, Map.of());
  }

  long startTask(String group, OffsetDateTime due, Map<String, Object> more) {
    Map<String, Object> variables = new java.util.HashMap<>(more);
    variables.putAll(
        Map.of("groups", List.of(group), "due", due.toString(), "episodeLabel", "E-1"));
    long instance =
        camunda
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
    return UserTasks.awaitUserTask(camunda, instance);
  }

  RequestPostProcessor coordinator(String name, String group) {
    return user(name).authorities(() -> "ROLE_COORDINATOR", () -> "GROUP_" + group);
  }

  RequestPostProcessor manager() {
    return user("wl-manager").authorities(() -> "ROLE_MANAGER");
  }

  JsonNode list(RequestPostProcessor who, String view) throws Exception {
    String body =
        mvc.perform(get("/api/worklist/tasks").param("view", view).param("size", "50").with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  static boolean contains(JsonNode page, long key) {
    for (JsonNode item : page.path("items")) {
      if (item.path("key").asLong() == key) {
        return true;
      }
    }
    return false;
  }

  String completion(String reference) {
    return "{\"variables\": {\"referenceNumber\": \"" + reference + "\"}}";
  }

  @Test
  void aCoordinatorClaimsFixesAValidationErrorAndCompletesTheTask() throws Exception {
    long key = startTask(intake, OffsetDateTime.now().plusDays(2));
    var casey = coordinator("casey", intake);
    assertThat(contains(list(casey, "group"), key)).as("unassigned in my group").isTrue();
    assertThat(contains(list(casey, "mine"), key)).isFalse();

    mvc.perform(get("/api/worklist/tasks/{key}/form", key).with(casey))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components[1].key").value("referenceNumber"));
    mvc.perform(post("/api/worklist/tasks/{key}/claim", key).with(casey))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignee").value("casey"));
    assertThat(contains(list(casey, "mine"), key)).isTrue();
    assertThat(contains(list(casey, "group"), key)).as("claimed: no longer in the pool").isFalse();

    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(casey)
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion("bad ref")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("referenceNumber"));
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(casey)
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion("REF12345")))
        .andExpect(status().isNoContent());

    assertThat(contains(list(casey, "mine"), key)).as("completed: gone from my list").isFalse();
    var task = camunda.newUserTaskGetRequest(key).send().join();
    assertThat(task.getState()).isEqualTo(UserTaskState.COMPLETED);
    var instance = camunda.newProcessInstanceGetRequest(task.getProcessInstanceKey()).send().join();
    assertThat(instance.getState().name()).as("the process moved on").isEqualTo("COMPLETED");
    assertThat(
            jdbc.sql(
                    "SELECT action FROM audit_event WHERE entity_type = 'TASK' AND entity_id = ?"
                        + " ORDER BY id")
                .param(String.valueOf(key))
                .query(String.class)
                .list())
        .contains("ASSIGN", "COMPLETE");
  }

  /**
   * The real "Verify benefits by phone" form, completed with what the form-js viewer submits: the
   * read-only context (episode, payer, drug, site of care) comes back with the answers.
   */
  @Test
  void aRealFormIsCompletedWithTheReadOnlyContextTheViewerSendsBack() throws Exception {
    String form =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("forms/verify-benefits-by-phone.form"));
    String realProcess = processId + "_Real";
    camunda
        .newDeployResourceCommand()
        .addProcessModel(
            BpmnModels.oneUserTask(
                realProcess,
                "Task_VerifyBenefitsByPhone",
                t ->
                    t.zeebeCandidateGroupsExpression("groups")
                        .zeebeFormId("verify-benefits-by-phone")),
            realProcess + ".bpmn")
        .addResourceStringUtf8(form, "verify-benefits-by-phone.form")
        .send()
        .join();
    long instance =
        camunda
            .newCreateInstanceCommand()
            .bpmnProcessId(realProcess)
            .latestVersion()
            .variables(
                Map.of(
                    "groups", List.of(intake),
                    "episodeId", 41,
                    "payerId", "COMMERCIAL_ACME",
                    "hcpcs", "J1745",
                    "siteOfCare", "OFFICE"))
            .send()
            .join()
            .getProcessInstanceKey();
    long key = UserTasks.awaitUserTask(camunda, instance);
    var casey = coordinator("casey", intake);
    mvc.perform(post("/api/worklist/tasks/{key}/claim", key).with(casey))
        .andExpect(status().isOk());
    String submitted =
        """
        {"variables": {"episodeId": %s, "payerId": "COMMERCIAL_ACME", "hcpcs": "J1745",
         "siteOfCare": "OFFICE", "verifiedByPhone": true, "coverageActive": true,
         "benefitType": "MEDICAL", "paRequiredByPayer": true, "deductible": 1500,
         "deductibleMet": 750, "outOfPocketMax": 6000, "outOfPocketMet": 900,
         "coinsurancePercent": 20, "copay": null, "payerReference": "CALL-778", "notes": ""}}
        """;
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(casey)
                .contentType(MediaType.APPLICATION_JSON)
                .content(submitted.formatted("42")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("episodeId"))
        .andExpect(jsonPath("$.detail", containsString("Episode is read-only")));
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(casey)
                .contentType(MediaType.APPLICATION_JSON)
                .content(submitted.formatted("41")))
        .andExpect(status().isNoContent());
    assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
        .isEqualTo(UserTaskState.COMPLETED);
    assertThat(
            camunda
                .newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(instance).name("payerReference"))
                .send()
                .join()
                .items())
        .extracting(v -> v.getValue())
        .containsExactly("\"CALL-778\"");
  }

  static JsonNode item(JsonNode page, long key) {
    for (JsonNode item : page.path("items")) {
      if (item.path("key").asLong() == key) {
        return item;
      }
    }
    throw new AssertionError("task " + key + " not listed");
  }

  JsonNode listByPayer(RequestPostProcessor who, String payer) throws Exception {
    return json.readTree(
        mvc.perform(
                get("/api/worklist/tasks")
                    .param("view", "group")
                    .param("payer", payer)
                    .param("size", "50")
                    .with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** Issue 14: rows tell tasks of the same kind apart; the payer filter takes names too. */
  @Test
  void rowsShowPatientDrugAndPayerAndThePayerFilterMatchesPayerNames() throws Exception {
    var acme = fixtures.episode("COMMERCIAL_ACME", "W100200300");
    var summit =
        fixtures.episode(
            "COMMERCIAL_SUMMIT",
            "S100200300",
            "J3380",
            com.infusionbilling.billing.scrub.SiteOfCare.OFFICE);
    OffsetDateTime due = OffsetDateTime.now().plusDays(2);
    long a =
        startTask(intake, due, Map.of("episodeId", acme.getId(), "payerId", "COMMERCIAL_ACME"));
    long b =
        startTask(intake, due, Map.of("episodeId", summit.getId(), "payerId", "COMMERCIAL_SUMMIT"));
    var casey = coordinator("casey", intake);

    JsonNode page = list(casey, "group");
    JsonNode rowA = item(page, a).path("episode");
    JsonNode rowB = item(page, b).path("episode");
    assertThat(rowA.path("patient").asText()).isEqualTo("Jane Doe");
    assertThat(rowA.path("drug").asText()).startsWith("J1745 ").containsIgnoringCase("infliximab");
    assertThat(rowA.path("payer").asText()).startsWith("Acme Health Plan");
    assertThat(rowB.path("drug").asText()).startsWith("J3380 ");
    assertThat(rowB.path("payer").asText()).startsWith("Summit Mutual");
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE entity_type = 'PATIENT'"
                        + " AND entity_id = ? AND action = 'VIEW'")
                .param(String.valueOf(acme.getPatientId()))
                .query(String.class)
                .list())
        .as("the patients a list shows are audited")
        .contains("worklist row");

    assertThat(contains(listByPayer(casey, "acme"), a)).as("by part of the name").isTrue();
    assertThat(contains(listByPayer(casey, "acme"), b)).isFalse();
    assertThat(contains(listByPayer(casey, "Summit Mutual"), b)).isTrue();
    assertThat(contains(listByPayer(casey, "Summit Mutual"), a)).isFalse();
    assertThat(contains(listByPayer(casey, "COMMERCIAL_ACME"), a)).as("by ID").isTrue();
    assertThat(listByPayer(casey, "no such payer").path("total").asLong()).isZero();
  }

  @Test
  void aCoordinatorOfAnotherGroupCanNeitherSeeNorWorkTheTask() throws Exception {
    long key = startTask(intake, OffsetDateTime.now().plusDays(2));
    var blake = coordinator("blake", billing);
    assertThat(contains(list(blake, "group"), key)).isFalse();
    mvc.perform(get("/api/worklist/tasks/{key}", key).with(blake)).andExpect(status().isNotFound());
    mvc.perform(get("/api/worklist/tasks/{key}/form", key).with(blake))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/worklist/tasks/{key}/claim", key).with(blake))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(blake)
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion("REF12345")))
        .andExpect(status().isNotFound());
    assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
        .isEqualTo(UserTaskState.CREATED);
    mvc.perform(get("/api/worklist/tasks").param("view", "all").with(blake))
        .andExpect(status().isForbidden());
  }

  @Test
  void aTaskClaimedBySomeoneElseIsNoLongerVisibleToOtherCoordinators() throws Exception {
    long key = startTask(intake, OffsetDateTime.now().plusDays(2));
    mvc.perform(post("/api/worklist/tasks/{key}/claim", key).with(coordinator("casey", intake)))
        .andExpect(status().isOk());
    var dana = coordinator("dana", intake);
    assertThat(contains(list(dana, "group"), key)).isFalse();
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(dana)
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion("REF12345")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aTaskCompletedMeanwhileGivesAClear409() throws Exception {
    long key = startTask(intake, OffsetDateTime.now().plusDays(2));
    var casey = coordinator("casey", intake);
    mvc.perform(post("/api/worklist/tasks/{key}/claim", key).with(casey))
        .andExpect(status().isOk());
    // a manager completes it first
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(manager())
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion("MGR00001")))
        .andExpect(status().isNoContent());
    mvc.perform(
            post("/api/worklist/tasks/{key}/completion", key)
                .with(casey)
                .contentType(MediaType.APPLICATION_JSON)
                .content(completion("REF12345")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("completed by someone else")));
  }

  @Test
  void managersSeeEveryTaskAndReassign() throws Exception {
    long key = startTask(billing, OffsetDateTime.now().minusHours(1));
    String blakeName = "blake-" + billing;
    users.createIfAbsent(
        blakeName, "Blake", "blake-pass-0001", Set.of(Roles.COORDINATOR), Set.of(billing));
    JsonNode all = list(manager(), "all");
    assertThat(contains(all, key)).isTrue();
    mvc.perform(get("/api/worklist/tasks").param("view", "all").with(manager()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/worklist/tasks/{key}/assignment", key)
                .with(manager())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\": \"" + blakeName + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignee").value(blakeName))
        .andExpect(jsonPath("$.overdue").value(true));
    assertThat(contains(list(coordinator(blakeName, billing), "mine"), key)).isTrue();
    mvc.perform(
            post("/api/worklist/tasks/{key}/assignment", key)
                .with(coordinator(blakeName, billing))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"assignee\": \"" + blakeName + "\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void reassignmentGoesOnlyToAnExistingEnabledUserOfTheTasksGroups() throws Exception {
    long key = startTask(billing, OffsetDateTime.now().plusDays(1));
    String outsider = "outsider-" + billing;
    users.createIfAbsent(
        outsider, "Other", "other-pass-0001", Set.of(Roles.COORDINATOR), Set.of(intake));
    String disabled = "disabled-" + billing;
    users.createIfAbsent(
        disabled, "Gone", "gone-pass-00001", Set.of(Roles.COORDINATOR), Set.of(billing));
    users.setEnabled(disabled, false);
    for (String[] refused :
        new String[][] {
          {"nobody-" + billing, "no user"},
          {disabled, "is disabled"},
          {outsider, "not in the task's candidate groups"}
        }) {
      mvc.perform(
              post("/api/worklist/tasks/{key}/assignment", key)
                  .with(manager())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"assignee\": \"" + refused[0] + "\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("assignee"))
          .andExpect(jsonPath("$.detail", containsString(refused[1])));
    }
    assertThat(camunda.newUserTaskGetRequest(key).send().join().getAssignee()).isNull();
  }

  @Test
  void badFiltersAre400sNamingTheField() throws Exception {
    mvc.perform(get("/api/worklist/tasks").param("stage", "lunch").with(manager()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("stage"));
    mvc.perform(get("/api/worklist/tasks").param("view", "everything").with(manager()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("view"));
    mvc.perform(get("/api/worklist/tasks").param("dueWithinDays", "soon").with(manager()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dueWithinDays"));
  }
}
