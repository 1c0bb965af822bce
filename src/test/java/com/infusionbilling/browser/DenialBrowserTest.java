package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a biller works after remittance posting (README, "Remittance, denials and appeals"), in
 * headless Chromium: "Review underpayment", its write-off's "Approve write-off", "Work denial" and
 * "Review and submit appeal", each a real task of its real process (reached as {@link
 * TaskScenarios} describes), opened from the worklist by a user of the groups {@code billing},
 * {@code appeals} and {@code managers}, with the payer's codes in plain English, the expected
 * against paid amounts and the appeal's deadline and letter shown beside the form. The screenshots
 * are the README's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DenialBrowserTest {
  static final String USER = "browser-biller";
  static final String PASSWORD = "biller-pass";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired CamundaClient camunda;
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;

  @Value("${camunda.client.rest-address}")
  String runtimeRest;

  Browser browser;
  TaskForms forms;

  @BeforeAll
  void signIn() throws Exception {
    ModelDeployment.deployAll(camunda);
    accounts.createIfAbsent(
        USER,
        "Biller",
        PASSWORD,
        Set.of(Roles.COORDINATOR),
        Set.of("billing", "appeals", "managers"));
    forms = TaskForms.read();
    browser = new Browser(port);
    browser.login(USER, PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** How the test reaches a form's task: the scenario's, or its own with a real claim. */
  @FunctionalInterface
  interface Reach {
    long reach(ProcessDriver d, TaskForms.TaskForm form, Map<String, Object> episode);
  }

  /**
   * Reaches the form's task, opens it from the worklist and returns what the form shows: its text
   * and the values of its read-only fields.
   */
  String open(String formId) throws Exception {
    return open(formId, TaskScenarios.BY_FORM.get(formId).reach()::reach);
  }

  String open(String formId, Reach reach) throws Exception {
    TaskForms.TaskForm form =
        forms.forms().stream().filter(f -> f.id().equals(formId)).findFirst().orElseThrow();
    TaskScenarios.Scenario scenario = TaskScenarios.BY_FORM.get(formId);
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
      key = reach.reach(driver, form, variables);
      EveryTaskFormBrowserTest.openFromTheWorklist(browser, form, key, scenario.hcpcs());
      browser.waitUntil(d -> !d.findElement(By.id("context-panel")).getText().contains("Loading"));
      StringBuilder text =
          new StringBuilder(browser.driver.findElement(By.id("task-form")).getText());
      for (var field : browser.driver.findElements(By.cssSelector("#task-form input, textarea"))) {
        text.append('\n').append(field.getAttribute("value"));
      }
      browser.screenshot(formId);
      return text.toString();
    } catch (Throwable failure) {
      browser.dump("failure-denial-" + formId);
      throw failure;
    } finally {
      driver.resetClock();
      driver.cancelStarted(key);
    }
  }

  @Test
  void reviewUnderpaymentShowsExpectedAgainstPaidPerLine() throws Exception {
    String text = open("review-underpayment");
    assertThat(text).contains("expected $", "paid $");
  }

  @Test
  void approveUnderpaymentWriteOffShowsWhatIsWrittenOffAndTheBillersReason() throws Exception {
    String text = open("approve-underpayment-write-off");
    assertThat(text)
        .contains("338.66", "expected $", "not worth a dispute", "above $500", "drug line");
  }

  /** A real claim of the episode, so the task view shows it beside the form. */
  long claim(Map<String, Object> episode) {
    long episodeId = ((Number) episode.get("episodeId")).longValue();
    return claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B")).claimId();
  }

  @Test
  void workDenialShowsTheCodesInPlainEnglishAndTheRoutedAction() throws Exception {
    String text =
        open(
            "work-denial",
            (d, form, episode) -> {
              // posting opened a CO-50 on the claim; the decision routes it to appeals
              Map<String, Object> denial = TaskScenarios.denial(d, episode, "CO", "50", false);
              denial.put("claimId", claim(episode));
              d.start(form.processId(), denial);
              return d.awaitUserTask(form.elementId());
            });
    assertThat(text).contains("CO-50", "not deemed a medical necessity", "APPEAL");
  }

  @Test
  void reviewAndSubmitAppealShowsTheLevelItsDeadlineAndTheLetter() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofDays(125));
    String text =
        open(
            "review-and-submit-appeal",
            (d, form, episode) -> {
              Map<String, Object> appeal = TaskScenarios.appeal(d, episode, deadline, deadline);
              appeal.put("claimId", claim(episode));
              d.start(form.processId(), appeal);
              return d.awaitUserTask(form.elementId());
            });
    assertThat(text)
        .contains(
            "Redetermination (MAC)",
            "42 CFR 405.942(a)",
            LocalDate.ofInstant(deadline, ZoneOffset.UTC).toString());
    assertThat(
            browser.driver.findElements(
                By.cssSelector("#task-form a[href*='/api/appeals/'][href$='/letter']")))
        .as("the appeal letter's link")
        .isNotEmpty();
  }
}
