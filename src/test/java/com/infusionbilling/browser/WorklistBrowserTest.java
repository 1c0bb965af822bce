package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * The worklist and dashboard in headless Chromium against the running application (every task form
 * is worked through in EveryTaskFormBrowserTest): a coordinator starts a referral from the
 * start-referral form (fixing the NPI the server rejected), a coordinator of another group can
 * neither see nor complete a real task, a manager's dashboard shows the seeded numbers and drills
 * down, and an idle session is logged off. The idle timeout is 20 seconds here so the last test can
 * wait it out.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "security.idle-timeout=20s")
class WorklistBrowserTest {
  static final String PASSWORD = "browser-pass";
  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired CamundaClient camunda;
  @Autowired JdbcTemplate jdbc;
  @Autowired com.infusionbilling.episode.EpisodeRepository episodes;

  @Autowired com.infusionbilling.testing.EpisodeFixtures fixtures;

  @org.springframework.beans.factory.annotation.Value("${camunda.client.rest-address}")
  String runtimeRest;

  @BeforeEach
  void setUp() {
    accounts.createIfAbsent(
        "browser-casey", "Casey", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("intake"));
    accounts.createIfAbsent(
        "browser-blake", "Blake", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("billing"));
    accounts.createIfAbsent("browser-morgan", "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
  }

  /** A real "Collect clinical documentation" task (candidate group authorization). */
  long startTask() {
    com.infusionbilling.testing.ModelDeployment.deployAll(camunda);
    var form =
        TaskForms.read().forms().stream()
            .filter(f -> f.id().equals("collect-clinical-documentation"))
            .findFirst()
            .orElseThrow();
    var scenario = TaskScenarios.BY_FORM.get(form.id());
    var episode =
        fixtures.episode(
            scenario.payerId(),
            "M" + System.nanoTime() % 1_000_000_000L,
            scenario.hcpcs(),
            scenario.site());
    return scenario
        .reach()
        .reach(
            new ProcessDriver(camunda, runtimeRest),
            form,
            Map.of(
                "episodeId", episode.getId(),
                "payerId", scenario.payerId(),
                "hcpcs", scenario.hcpcs(),
                "siteOfCare", scenario.site().name(),
                "primaryDiagnosis", "K50.90"));
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
        // the instance starts from the process-start outbox right after the commit
        var episode =
            await()
                .atMost(Duration.ofSeconds(30))
                .until(
                    () -> episodes.findByReferralId(referralId).orElseThrow(),
                    e -> e.getProcessInstanceKey() != null);
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
      assertThat(b.driver.findElements(Browser.row(key))).isEmpty();
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
