package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.visit.CodeEncounterWorker;
import com.infusionbilling.visit.DrugSource;
import com.infusionbilling.visit.RecordAdministrationWorker;
import com.infusionbilling.visit.VisitService;
import com.infusionbilling.visit.VisitStatus;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A nurse documents an infusion through the real {@code document-administration} form in headless
 * Chromium: the visit's {@code InfusionVisit} opens the task with the ordered drug, its vials and
 * the scheduled start; she enters NDC, lot, expiry, the waste witness, the access site, the stop
 * time and her NPI, fixes what the form refuses, and completes it through the worklist. The values
 * reach the process in the billing preview request's shape ({@code drugs[]} with {@code
 * containers[]}, {@code administrations[]}), and the real "Record administration" and "Code
 * encounter" workers store and code them. Readiness is decided by test workers (its own tests cover
 * it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EpisodeFixtures.class)
class DocumentAdministrationBrowserTest {
  static final String PASSWORD = "browser-pass";
  static final ZoneId SITE = ZoneId.of("America/New_York");

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired CamundaClient camunda;
  @Autowired EpisodeFixtures fixtures;
  @Autowired EpisodeService episodes;
  @Autowired VisitService visits;
  @Autowired RecordAdministrationWorker recordAdministration;
  @Autowired CodeEncounterWorker codeEncounter;

  final List<JobWorker> workers = new ArrayList<>();
  long visitId;
  LocalDate today;

  @BeforeEach
  void aVisitReadyToBeDocumented() {
    accounts.createIfAbsent(
        "browser-nurse", "Noel", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("clinical"));
    ModelDeployment.deployAll(camunda);
    today = LocalDate.now(SITE);
    var episode = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK" + (System.nanoTime() % 90 + 10));
    episodes.activate(episode.getId());
    visitId =
        visits
            .schedule(
                episode.getId(),
                new VisitService.ScheduleRequest(
                    today.atTime(9, 0), SiteOfCare.OFFICE, DrugSource.BUY_AND_BILL),
                "browser-coordinator")
            .visitId();
    worker(
        "check-visit-readiness",
        job ->
            Map.ofEntries(
                Map.entry("readinessCheck", "DAY_OF"),
                Map.entry("drugSource", "BUY_AND_BILL"),
                Map.entry("payerId", "MEDICARE_PART_B"),
                Map.entry("eligibilityAgeDays", 0),
                Map.entry("eligibilitySameMonth", true),
                Map.entry("eligibilitySamePlanYear", true),
                Map.entry("coverageOutcome", "MEDICAL_BENEFIT"),
                Map.entry("authorizationRequired", false),
                Map.entry("authorizationCoversVisit", true),
                Map.entry("unitsRemaining", 0),
                Map.entry("plannedUnits", 37),
                Map.entry("expectedJwUnits", 3)));
    worker("record-visit-readiness", job -> Map.of("billDrug", true, "readinessReason", "READY"));
    worker("record-administration", recordAdministration::record);
    worker(
        "code-encounter",
        job -> codeEncounter.code(((Number) job.getVariablesAsMap().get("visitId")).longValue()));
    visits.startProcess(visitId);
  }

  interface Handler {
    Map<String, Object> handle(io.camunda.client.api.response.ActivatedJob job);
  }

  /** Completes the jobs of one type of this test's visit only. */
  void worker(String type, Handler handler) {
    workers.add(
        camunda
            .newWorker()
            .jobType(type)
            .handler(
                (client, job) -> {
                  Object v = job.getVariablesAsMap().get("visitId");
                  if (!(v instanceof Number n) || n.longValue() != visitId) {
                    client.newFailCommand(job).retries(job.getRetries()).send().join();
                    return;
                  }
                  client.newCompleteCommand(job).variables(handler.handle(job)).send().join();
                })
            .timeout(Duration.ofSeconds(30))
            .open());
  }

  @AfterEach
  void closeWorkers() {
    workers.forEach(JobWorker::close);
  }

  long documentationTask() {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                camunda
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.elementId("Task_DocumentAdministration")
                                .state(UserTaskState.CREATED)
                                .processInstanceVariables(
                                    List.of(v -> v.name("visitId").value(String.valueOf(visitId)))))
                    .send()
                    .join()
                    .items(),
            items -> !items.isEmpty())
        .get(0)
        .getUserTaskKey();
  }

  /** The n-th input (0-based) whose label reads exactly {@code label}. */
  static WebElement input(Browser b, String label, int n) {
    b.waitFor(By.xpath("//label[span[text()[normalize-space()='" + label + "']]]"));
    List<WebElement> labels =
        b.driver.findElements(By.xpath("//label[span[text()[normalize-space()='" + label + "']]]"));
    return b.driver.findElement(By.id(labels.get(n).getAttribute("for")));
  }

  static void type(Browser b, String label, String value) {
    type(input(b, label, 0), value);
  }

  static void type(WebElement input, String value) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value, Keys.TAB);
  }

  /** A date as the form-js date picker reads it in the browser's (en-US) locale. */
  static String shown(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
  }

  @Test
  void aNurseDocumentsAnInfusionThroughTheFormAndItIsRecordedAndCoded() throws Exception {
    long key = documentationTask();
    try (Browser b = new Browser(port)) {
      try {
        b.login("browser-nurse", PASSWORD);
        WebElement row = b.rowOnAnyPage("tab-group", key);
        assertThat(row.getText()).contains("Document administration");
        row.findElement(By.cssSelector("a.task-link")).click();
        b.waitFor(By.id("claim")).click();
        b.waitUntil(d -> d.findElement(By.id("complete")).isEnabled());

        // the template: the ordered drug, 4 x 100 mg vials, 35 mg to discard, start 09:00
        assertThat(input(b, "HCPCS", 0).getAttribute("value")).isEqualTo("J1745");
        assertThat(input(b, "Amount given", 0).getAttribute("value")).isEqualTo("365");
        assertThat(input(b, "Count", 0).getAttribute("value")).isEqualTo("4");

        type(b, "NDC (as on the package)", "5789-030-01");
        assertThat(b.waitFor(By.cssSelector(".fjs-form-field-error")).getText())
            .contains("NDC (as on the package) must be written as printed on the vial");
        type(b, "NDC (as on the package)", "57894-030-01");
        type(b, "Lot", "RMC2611A");
        type(input(b, "Expiry", 0), shown(today.plusMonths(10)));
        type(b, "Waste witnessed by", "RN Lee");
        type(b, "Vascular access site", "left forearm");
        type(input(b, "Stop (date)", 0), shown(today));
        type(input(b, "Stop (time)", 0), "11:35");
        type(b, "Nurse NPI", "1245319599");
        b.waitUntil(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
        b.driver.executeScript("window.scrollTo(0, 0)");
        b.screenshot("document-administration");
        b.driver.findElement(By.id("complete")).click();
        assertThat(b.waitFor(By.id("notice")).getText()).contains("completed");
      } catch (Throwable failure) {
        b.dump("failure-document-administration");
        throw failure;
      }
    }

    var task = camunda.newUserTaskGetRequest(key).send().join();
    assertThat(task.getState()).isEqualTo(UserTaskState.COMPLETED);
    Map<String, Object> variables = new HashMap<>();
    camunda
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(task.getProcessInstanceKey()))
        .send()
        .join()
        .items()
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    assertThat(variables.get("drugs"))
        .asString()
        .contains("\"expiry\":\"" + today.plusMonths(10) + "\"");
    assertThat(variables.get("drugs"))
        .as("drugs[] in the preview request's shape")
        .asString()
        .contains("\"ndc\":\"57894-030-01\"", "\"lot\":\"RMC2611A\"", "\"containers\":[{");
    assertThat(variables.get("administrations"))
        .asString()
        .contains("\"stop\":\"" + today + "T11:35\"", "\"route\":\"IV_INFUSION\"");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> visits.view(visitId).documentationVersion() == 1);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              var status = visits.view(visitId).status();
              return status == VisitStatus.CODED || status == VisitStatus.DOCUMENTED;
            });
  }
}
