package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.RevenueCycleFixtures;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every form in {@code forms/}, opened and completed through the worklist in Chromium on a real
 * task of the real process (reached as {@link TaskScenarios} describes), by a coordinator of the
 * task's candidate group: the read-only context is shown, an empty form is refused, each rule the
 * form states shows its sentence under the field when broken, and the completed task hands the
 * entered values to the process. A form without a scenario fails here, named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryTaskFormBrowserTest {
  static final String USER = "forms-coordinator";
  static final String PASSWORD = "forms-pass";
  static final ZoneId SITES = ZoneId.of("America/New_York");

  /** The form whose screenshots the README shows (worklist, a broken rule, the episode). */
  static final String SHOWCASE = "follow-up-with-payer";

  /** Choices that show the most of a form (else the first option of each choice). */
  static final Map<String, Map<String, Object>> CHOICES =
      Map.of(
          "follow-up-with-payer",
              Map.of("followUpOutcome", "DECISION_RECEIVED", "decision", "APPROVED"),
          "resolve-coverage", Map.of("coverageResolution", "ALTERNATE_PAYER"),
          "record-peer-to-peer-outcome", Map.of("peerToPeerOutcome", "OVERTURNED"));

  /**
   * The choices for a form: {@link #CHOICES}, and a visit that exists for the investigation's
   * linked visit (the server refuses a visit ID that is not one).
   */
  Map<String, Object> choices(String formId) {
    if (formId.equals("investigate-inventory-variance")) {
      long episode = fixtures.episode("COMMERCIAL_ACME", "INV-" + UUID.randomUUID()).getId();
      return Map.of(
          "linkedVisitId", revenueFixtures.visit(episode, LocalDate.now(SITES), "BUY_AND_BILL"));
    }
    return CHOICES.getOrDefault(formId, Map.of());
  }

  @LocalServerPort int port;
  @Autowired RevenueCycleFixtures revenueFixtures;
  @Autowired UserAccounts accounts;
  @Autowired CamundaClient camunda;
  @Autowired EpisodeFixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  @Value("${camunda.client.rest-address}")
  String runtimeRest;

  Browser browser;
  final ObjectMapper json = new ObjectMapper();

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFormInFormsIsCompletedThroughTheWorklist() throws Exception {
    TaskForms forms = TaskForms.read();
    ModelDeployment.deployAll(camunda);
    Set<String> groups = new TreeSet<>();
    forms.forms().forEach(f -> groups.addAll(f.candidateGroups()));
    accounts.createIfAbsent(USER, "Forms Coordinator", PASSWORD, Set.of(Roles.COORDINATOR), groups);
    browser = new Browser(port);
    browser.login(USER, PASSWORD);
    return forms.forms().stream()
        .map(form -> dynamicTest(form.id(), () -> completeThroughTheWorklist(form)));
  }

  void completeThroughTheWorklist(TaskForms.TaskForm form) throws Exception {
    TaskScenarios.Scenario scenario = TaskScenarios.BY_FORM.get(form.id());
    assertThat(scenario)
        .as(
            "form "
                + form.id()
                + " (task "
                + form.elementId()
                + " of "
                + form.processId()
                + ") has no scenario that reaches its task: add one to TaskScenarios.BY_FORM")
        .isNotNull();
    var episode =
        fixtures.episode(
            scenario.payerId(),
            "M" + System.nanoTime() % 1_000_000_000L,
            scenario.hcpcs(),
            scenario.site());
    Map<String, Object> variables = new HashMap<>();
    variables.put("episodeId", episode.getId());
    variables.put("payerId", scenario.payerId());
    variables.put("hcpcs", scenario.hcpcs());
    variables.put("siteOfCare", scenario.site().name());
    variables.put("primaryDiagnosis", "K50.90");

    ProcessDriver driver = new ProcessDriver(camunda, runtimeRest);
    long key = -1;
    try {
      key = scenario.reach().reach(driver, form, variables);
    } finally {
      driver.resetClock();
    }
    Browser b = browser;
    try {
      Map<String, Object> taskVariables = new LinkedHashMap<>();
      for (var v : camunda.newUserTaskVariableSearchRequest(key).send().join().items()) {
        taskVariables.put(v.getName(), json.readValue(v.getValue(), Object.class));
      }
      // a task of no episode (the inventory's) has no patient, drug or payer to show
      openFromTheWorklist(
          b, form, key, taskVariables.containsKey("episodeId") ? scenario.hcpcs() : null);
      FormFiller filler =
          new FormFiller(b, form.id(), form.schema(), LocalDate.now(SITES), taskVariables);

      // the context the form shows read-only is the task's
      Map<String, String> shown = filler.shownContext();
      assertThat(shown).as("read-only context shown").isNotEmpty();
      shown.forEach(
          (name, text) -> {
            Object value = taskVariables.get(name);
            if (value instanceof String || value instanceof Integer || value instanceof Long) {
              assertThat(text).as("shown " + name).isEqualTo(String.valueOf(value));
            }
          });

      // nothing filled: the viewer refuses, the task stays open
      b.driver.findElement(By.id("complete")).click();
      assertThat(b.waitFor(By.id("task-error")).getText()).contains("correct the highlighted");
      assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
          .isEqualTo(UserTaskState.CREATED);

      boolean showcase = form.id().equals(SHOWCASE);
      if (showcase) {
        filler.screenshotAt = "approvedTo"; // "Approved to cannot be before Approved from."
      }
      Map<String, Object> entered = filler.fill(choices(form.id()));
      assertThat(filler.probed)
          .as("each rule of the fields shown was broken once, and the viewer said so")
          .hasSameSizeAs(filler.ruled);
      b.waitUntil(
          d -> d.findElements(By.cssSelector("#task-form .fjs-form-field-error")).isEmpty());
      assertThat(b.driver.findElements(By.id("task-error")))
          .as("the error of the empty form goes once it is corrected")
          .isEmpty();
      b.driver.findElement(By.id("complete")).click();
      assertThat(b.waitFor(By.id("notice")).getText()).contains("completed");

      var task = camunda.newUserTaskGetRequest(key).send().join();
      assertThat(task.getState()).as(form.id() + " completed").isEqualTo(UserTaskState.COMPLETED);
      for (var e : entered.entrySet()) {
        String value = driver.variable(task.getProcessInstanceKey(), e.getKey());
        assertThat(value).as(form.id() + ": the process got " + e.getKey()).isNotNull();
        assertThat(contains(json.readTree(value), json.valueToTree(e.getValue())))
            .as(form.id() + " / " + e.getKey() + ": " + value + " holds " + e.getValue())
            .isTrue();
      }
      assertThat(
              jdbc.queryForList(
                  "SELECT action FROM audit_event WHERE username = ? AND entity_type = 'TASK'"
                      + " AND entity_id = ?",
                  String.class,
                  USER,
                  String.valueOf(key)))
          .contains("VIEW", "ASSIGN", "COMPLETE");
      if (showcase) {
        b.open("/#/episode/" + task.getProcessInstanceKey());
        b.waitFor(By.cssSelector("#diagram .djs-element.completed"));
        assertThat(
                b.driver.findElements(By.cssSelector("#diagram .djs-element.completed")).stream()
                    .map(e -> e.getAttribute("data-element-id"))
                    .toList())
            .as("completed elements highlighted")
            .contains(form.elementId(), "Task_SendAuthorizationRequest");
        b.screenshot("episode");
      }
    } catch (Throwable failure) {
      b.dump("failure-form-" + form.id());
      throw failure;
    } finally {
      // nothing of this scenario waits on in the shared runtime (later tests move its clock)
      driver.cancelStarted(key);
    }
  }

  /** Whether {@code actual} holds what was entered (numbers by value; objects may hold more). */
  static boolean contains(JsonNode actual, JsonNode expected) {
    if (expected.isNumber()) {
      return actual.isNumber() && actual.decimalValue().compareTo(expected.decimalValue()) == 0;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      var names = expected.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!contains(actual.path(name), expected.get(name))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() < expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!contains(actual.get(i), expected.get(i))) {
          return false;
        }
      }
      return true;
    }
    return expected.equals(actual);
  }

  /**
   * Claims the task from the group's list and opens it from "My tasks"; {@code hcpcs} is the drug
   * of the task's episode, or null for a task of no episode.
   */
  static void openFromTheWorklist(Browser b, TaskForms.TaskForm form, long key, String hcpcs)
      throws Exception {
    b.open("/#/worklist");
    WebElement row = b.rowOnAnyPage("tab-group", key);
    assertThat(row.getText()).contains(form.taskName());
    String patient = row.findElement(By.cssSelector("td.patient")).getText();
    String drug = row.findElement(By.cssSelector("td.drug")).getText();
    String payer = row.findElement(By.cssSelector("td.payer")).getText();
    if (hcpcs == null) {
      assertThat(List.of(patient, drug, payer)).as("no episode, no context").containsOnly("—");
    } else {
      // the row says whose task it is: patient, drug and payer of its episode
      assertThat(patient).isEqualTo("Jane Doe");
      assertThat(drug).startsWith(hcpcs + " ");
      assertThat(payer).isNotBlank().isNotEqualTo("—");
    }
    if (form.id().equals(SHOWCASE)) {
      b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
      b.screenshot("worklist");
    }
    b.clickAndAwaitList(row.findElement(By.cssSelector("button.claim")));
    b.rowOnAnyPage("tab-mine", key).findElement(By.cssSelector("a.task-link")).click();
    b.waitFor(By.cssSelector("#task-form .fjs-form"));
    assertThat(b.driver.findElement(By.cssSelector(".fjs-powered-by")).isDisplayed())
        .as("form-js watermark kept visible")
        .isTrue();
    b.waitUntil(d -> d.findElement(By.id("task-name")).getText().equals(form.taskName()));
  }
}
