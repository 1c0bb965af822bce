package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.UserTasks;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worklist and dashboard in headless Chromium against the running application: a coordinator
 * works a task through its form, a coordinator starts a referral from the start-referral form
 * (fixing the NPI the server rejected), a coordinator of another group can neither see nor complete
 * the task, a manager's dashboard shows the seeded numbers and drills down, and an idle session is
 * logged off. The idle timeout is 20 seconds here so the last test can wait it out.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "security.idle-timeout=20s")
class WorklistBrowserTest {
  static final String PASSWORD = "browser-pass";
  static final String FORM =
      """
      {"id": "browser-verify", "type": "default", "executionPlatform": "Camunda Cloud",
       "executionPlatformVersion": "8.8.0", "schemaVersion": 18,
       "components": [
         {"type": "text", "text": "## Verify benefits by phone"},
         {"type": "textfield", "key": "referenceNumber", "label": "Call reference",
          "description": "4 to 12 capital letters or digits",
          "validate": {"required": true, "pattern": "^[A-Z0-9]{4,12}$"}},
         {"type": "select", "key": "benefit", "label": "Benefit",
          "values": [{"label": "Medical", "value": "MEDICAL"}, {"label": "Pharmacy", "value": "PHARMACY"}]}
       ]}
      """;

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired CamundaClient camunda;
  @Autowired JdbcTemplate jdbc;
  @Autowired com.infusionbilling.episode.EpisodeRepository episodes;

  String processId;

  @BeforeEach
  void setUp() {
    accounts.createIfAbsent(
        "browser-casey", "Casey", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("intake"));
    accounts.createIfAbsent(
        "browser-blake", "Blake", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("billing"));
    accounts.createIfAbsent("browser-morgan", "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
    processId = "BrowserTest_" + UUID.randomUUID().toString().substring(0, 8);
    camunda
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .name("Benefit verification (browser test)")
                .startEvent("Event_Start")
                .userTask(
                    "Task_VerifyByPhone",
                    t ->
                        t.name("Verify benefits by phone")
                            .zeebeUserTask()
                            .zeebeCandidateGroups("intake")
                            .zeebeDueDateExpression("due")
                            .zeebeFormId("browser-verify"))
                .endEvent("Event_Verified")
                .done(),
            processId + ".bpmn")
        .addResourceStringUtf8(FORM, "browser-verify.form")
        .send()
        .join();
  }

  long startTask() {
    long instance =
        camunda
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            // due a year ago: first in a list sorted by due date, whatever else is open
            .variables(Map.of("due", OffsetDateTime.now().minusYears(1).toString()))
            .send()
            .join()
            .getProcessInstanceKey();
    return UserTasks.awaitUserTask(camunda, instance);
  }

  static By row(long key) {
    return By.cssSelector("tr[data-task-key='" + key + "']");
  }

  /** The task's row, clicking the tab again while it is not there (the list loads once). */
  static WebElement rowReloading(Browser b, String tab, long key) {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      b.waitFor(By.id(tab)).click();
      try {
        return new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(10))
            .until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    row(key)));
      } catch (org.openqa.selenium.TimeoutException e) {
        if (System.nanoTime() > until) {
          throw e;
        }
      }
    }
  }

  WebElement field(Browser b, String label) {
    String id = b.waitFor(By.xpath("//label[contains(., '" + label + "')]")).getAttribute("for");
    return b.driver.findElement(By.id(id));
  }

  @Test
  void aCoordinatorClaimsFixesAValidationErrorAndCompletesTheTask() throws Exception {
    long key = startTask();
    try (Browser b = new Browser(port)) {
      try {
        b.login("browser-casey", PASSWORD);
        WebElement row = rowReloading(b, "tab-group", key);
        assertThat(row.getText()).contains("Verify benefits by phone").contains("overdue");
        b.screenshot("worklist");
        row.findElement(By.cssSelector("button.claim")).click();
        rowReloading(b, "tab-mine", key).findElement(By.cssSelector("a.task-link")).click();

        WebElement reference = field(b, "Call reference");
        assertThat(b.driver.findElement(By.cssSelector(".fjs-powered-by")).isDisplayed())
            .as("form-js watermark kept visible")
            .isTrue();
        reference.sendKeys("not valid", org.openqa.selenium.Keys.TAB);
        // form-js marks the field at once; the layout then settles before the click
        assertThat(b.waitFor(By.cssSelector(".fjs-form-field-error")).getText())
            .contains("pattern");
        b.waitFor(By.id("complete")).click();
        assertThat(b.waitFor(By.id("task-error")).getText()).contains("correct the highlighted");
        assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
            .isEqualTo(UserTaskState.CREATED);

        reference.sendKeys(
            org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
            org.openqa.selenium.Keys.DELETE);
        reference.sendKeys("REF12345", org.openqa.selenium.Keys.TAB);
        b.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
        b.screenshot("task-form");
        b.driver.findElement(By.id("complete")).click();
        assertThat(b.waitFor(By.id("notice")).getText()).contains("completed");
        assertThat(b.driver.findElements(row(key))).as("the task left the list").isEmpty();
        long instance = camunda.newUserTaskGetRequest(key).send().join().getProcessInstanceKey();
        b.open("/#/episode/" + instance);
        b.waitFor(By.cssSelector("#diagram .djs-element.completed"));
        assertThat(
                b.driver.findElements(By.cssSelector("#diagram .djs-element.completed")).stream()
                    .map(e -> e.getAttribute("data-element-id"))
                    .toList())
            .as("completed elements highlighted")
            .contains("Event_Start", "Task_VerifyByPhone", "Event_Verified");
        b.screenshot("episode");
      } catch (Throwable failure) {
        b.dump("failure-claim-and-complete");
        throw failure;
      }
    }
    var task = camunda.newUserTaskGetRequest(key).send().join();
    assertThat(task.getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(
            camunda
                .newProcessInstanceGetRequest(task.getProcessInstanceKey())
                .send()
                .join()
                .getState()
                .name())
        .as("the process moved on")
        .isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_event WHERE username = 'browser-casey'"
                    + " AND entity_type = 'TASK' AND entity_id = ?",
                String.class,
                String.valueOf(key)))
        .contains("VIEW", "ASSIGN", "COMPLETE");
  }

  /**
   * The input whose label reads exactly {@code label} (form-js puts it in a span, with the required
   * asterisk).
   */
  static WebElement labelled(Browser b, String label) {
    String id =
        b.waitFor(By.xpath("//label[span[text()[normalize-space()='" + label + "']]]"))
            .getAttribute("for");
    return b.driver.findElement(By.id(id));
  }

  static void type(Browser b, String label, String value) {
    WebElement input = labelled(b, label);
    input.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE);
    input.sendKeys(value, org.openqa.selenium.Keys.TAB);
  }

  static void choose(Browser b, String option) {
    b.waitFor(By.xpath("//label[span[text()[normalize-space()='" + option + "']]]")).click();
  }

  @Test
  void aCoordinatorStartsAReferralFixingTheNpiTheServerRejected() throws Exception {
    String referralId = "R-BROWSER-" + UUID.randomUUID().toString().substring(0, 8);
    com.infusionbilling.testing.ModelDeployment.deployAll(camunda);
    try (Browser b = new Browser(port)) {
      try {
        b.login("browser-casey", PASSWORD);
        b.waitFor(By.id("nav-referral")).click();
        b.waitFor(By.cssSelector("#referral-form .fjs-powered-by"));
        type(b, "Referral ID (optional)", referralId);
        type(b, "MRN", "MRN-" + referralId);
        type(b, "First name", "Ada");
        type(b, "Last name", "Lovelace");
        type(b, "Date of birth", "1968-04-02");
        choose(b, "Female");
        type(b, "Address line 1", "12 Elm St");
        type(b, "City", "Springfield");
        type(b, "State", "IL");
        type(b, "ZIP code", "62701");
        // ten digits pass the form's pattern; the check digit is wrong, which only the server knows
        type(b, "Prescriber NPI", "1245319598");
        type(b, "Prescriber first name", "John");
        type(b, "Prescriber last name", "Smith");
        choose(b, "Acme Health Plan");
        type(b, "Member ID", "W123456789");
        type(b, "Coverage effective from", "2026-01-01");
        type(b, "Drug (HCPCS)", "J1745");
        type(b, "Dose", "400");
        type(b, "Frequency", "every 8 weeks");
        type(b, "Days between doses", "56");
        type(b, "Number of doses", "6");
        type(b, "Diagnoses (ICD-10-CM)", "K50.90");
        type(b, "Therapy start date", "2026-12-15");
        choose(b, "Physician office");
        b.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
        b.driver.findElement(By.id("submit-referral")).click();

        WebElement error = b.waitFor(By.id("referral-error"));
        assertThat(error.getAttribute("data-field")).isEqualTo("prescriber.npi");
        assertThat(error.getText())
            .contains("Prescriber NPI")
            .contains("check digit")
            .doesNotContain("Exception");
        assertThat(b.driver.findElements(By.id("referral-created"))).isEmpty();
        assertThat(episodes.findByReferralId(referralId)).as("nothing stored").isEmpty();

        type(b, "Prescriber NPI", "1245319599");
        b.driver.findElement(By.id("submit-referral")).click();
        WebElement created = b.waitFor(By.id("referral-created"));
        assertThat(b.driver.findElements(By.id("referral-error"))).isEmpty();
        var episode = episodes.findByReferralId(referralId).orElseThrow();
        assertThat(b.driver.findElement(By.id("created-episode-id")).getText())
            .isEqualTo(String.valueOf(episode.getId()));
        assertThat(created.getText()).contains(referralId);
        assertThat(episode.getProcessInstanceKey()).isNotNull();
        b.screenshot("start-referral");

        b.driver.findElement(By.id("created-episode-link")).click();
        b.waitUntil(
            d -> d.getCurrentUrl().endsWith("#/episode/" + episode.getProcessInstanceKey()));
        b.waitFor(
            By.cssSelector("#diagram .djs-element[data-element-id='Event_ReferralReceived']"));
      } catch (Throwable failure) {
        b.dump("failure-start-referral");
        throw failure;
      }
    }
  }

  @Test
  void aCoordinatorOfAnotherGroupCannotSeeOrCompleteTheTaskEvenThroughTheApi() throws Exception {
    long key = startTask();
    try (Browser b = new Browser(port)) {
      b.login("browser-blake", PASSWORD);
      b.waitFor(By.id("tab-group")).click();
      b.waitFor(By.id("task-table"));
      assertThat(b.driver.findElements(row(key))).isEmpty();
      b.open("/#/task/" + key);
      assertThat(b.waitFor(By.id("task-error")).getText()).contains("not found");
      assertThat(b.fetch("GET", "/api/worklist/tasks/" + key)).isEqualTo(404L);
      assertThat(b.fetch("POST", "/api/worklist/tasks/" + key + "/claim")).isEqualTo(404L);
      assertThat(b.fetch("POST", "/api/worklist/tasks/" + key + "/completion")).isEqualTo(404L);
    }
    assertThat(camunda.newUserTaskGetRequest(key).send().join().getState())
        .isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void aManagersDashboardMatchesTheSeededDataAndDrillsDown() throws Exception {
    jdbc.update("DELETE FROM dash_task_snapshot_group");
    jdbc.update("DELETE FROM dash_task_snapshot");
    Instant now = Instant.now();
    double[] ages = {1, 5, 10, 20, 30, 40, 45, 50, 60, 100}; // BV target 48 h
    for (int i = 0; i < ages.length; i++) {
      jdbc.update(
          "INSERT INTO dash_task_snapshot (user_task_key, name, element_id, process_id, stage,"
              + " process_instance_key, assignee, candidate_groups, priority, created_at, due_at,"
              + " generation) VALUES (?, ?, 'Task_VerifyByPhone', 'BenefitVerification',"
              + " 'BENEFIT_VERIFICATION', ?, NULL, 'intake', 50, ?, ?, 1)",
          800_000 + i,
          "Verify benefits by phone #" + i,
          810_000 + i,
          Timestamp.from(now.minusSeconds((long) (ages[i] * 3600))),
          Timestamp.from(now.plusSeconds(3600)));
    }
    try (Browser b = new Browser(port)) {
      b.login("browser-morgan", PASSWORD);
      b.waitFor(By.id("nav-dashboard")).click();
      WebElement bv =
          b.waitFor(By.cssSelector("#stage-table tr[data-stage='BENEFIT_VERIFICATION']"));
      List<String> cells =
          bv.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertThat(cells)
          .containsExactly("Benefit verification", "10", "30.0 h", "2.5 d", "2.0 d", "2", "3");
      b.screenshot("dashboard");
      bv.findElement(By.cssSelector("a[data-bucket='breached']")).click();
      b.waitFor(By.id("drill-table"));
      List<String> keys =
          b.driver.findElements(By.cssSelector("#drill-table tbody tr")).stream()
              .map(r -> r.getAttribute("data-task-key"))
              .toList();
      assertThat(keys).containsExactly("800009", "800008", "800007");
    }
  }

  @Test
  void anIdleSessionIsLoggedOff() throws Exception {
    try (Browser b = new Browser(port)) {
      b.login("browser-casey", PASSWORD);
      b.waitFor(By.id("task-table"));
      // no input for longer than the 20 s idle timeout: the page signs out by itself
      b.waitUntil(d -> d.getCurrentUrl().contains("/login"));
      assertThat(b.driver.getCurrentUrl()).contains("/login?idle");
      // and the server session is gone too
      assertThat(b.fetch("GET", "/api/me")).isEqualTo(401L);
    }
  }
}
