package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimSubmissionService;
import com.infusionbilling.claim.NewClaim;
import com.infusionbilling.claim.NewClaimLine;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Claims in headless Chromium: a biller opens "Correct claim" on a real claim whose scrub found a
 * drug line without its NDC and sees the claim (lines, the edit) beside the form; a manager finds
 * the claim on the SLA dashboard's claims panel, drills down to it and opens it with its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EpisodeFixtures.class)
class ClaimBrowserTest {
  static final String PASSWORD = "browser-pass";
  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired CamundaClient camunda;
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimSubmissionService submissions;

  @Value("${camunda.client.rest-address}")
  String runtimeRest;

  ClaimRef claim;
  ProcessDriver driver;
  long taskKey = -1;
  long instanceKey;

  @BeforeEach
  void claimWhoseScrubFailed() {
    accounts.createIfAbsent(
        "browser-billie", "Billie", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("billing"));
    accounts.createIfAbsent(
        "browser-morgan-claims", "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
    long episodeId =
        fixtures.episode("MEDICARE_PART_B", "1EG4TE5MKB" + System.nanoTime() % 1000).getId();
    NewClaim base = ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B");
    List<NewClaimLine> lines = new ArrayList<>(base.lines());
    NewClaimLine drug = lines.get(0);
    lines.set(
        0,
        new NewClaimLine(
            drug.code(),
            drug.modifiers(),
            drug.units(),
            null,
            null,
            null,
            drug.expectedAllowed(),
            drug.ruleId(),
            drug.explanation(),
            null,
            drug.diagnosisPointers()));
    claim =
        claims.createOriginal(
            new NewClaim(
                base.visitId(),
                episodeId,
                base.payerId(),
                base.claimType(),
                base.dateOfService(),
                base.siteOfCare(),
                base.authorizationNumber(),
                base.diagnoses(),
                base.renderingNpi(),
                lines));
    var scrub = submissions.scrub(claim.claimId(), "browser-" + claim.claimId());
    assertThat(scrub.passed()).isFalse();

    ModelDeployment.deployAll(camunda);
    driver = new ProcessDriver(camunda, runtimeRest);
    driver.completesJobs(
        "scrub-claim", Map.of("scrubPassed", false, "correctionReason", scrub.errors()));
    instanceKey =
        driver.start(
            "ClaimSubmission",
            Map.of(
                "claimId", claim.claimId(),
                "claimVersion", 1,
                "episodeId", episodeId,
                "visitId", base.visitId(),
                "claimKey", claim.key(),
                "submissionAttempt", 1,
                "filingDeadline", LocalDate.now().plusDays(300).toString(),
                "filingWarningAt", Instant.now().plus(Duration.ofDays(270)).toString(),
                "remittanceWait", "P30D"));
    taskKey = driver.awaitUserTask("Task_CorrectClaim");
  }

  @org.junit.jupiter.api.AfterEach
  void cancel() {
    if (driver != null) {
      driver.cancelStarted(taskKey);
    }
  }

  @Test
  void aBillerSeesTheClaimBesideCorrectClaimAndAManagerFindsItOnTheDashboard() throws Exception {
    try (Browser b = new Browser(port)) {
      b.login("browser-billie", PASSWORD);
      b.open("/#/task/" + taskKey);
      b.waitFor(By.cssSelector("#task-form .fjs-powered-by"));
      var panel =
          b.waitFor(By.cssSelector("#task-claim [data-claim-id='" + claim.claimId() + "']"));
      assertThat(panel.findElement(By.id("claim-status")).getText()).isEqualTo("SCRUB_FAILED");
      assertThat(panel.findElements(By.cssSelector("table.claim-lines tbody tr"))).hasSize(4);
      assertThat(panel.findElement(By.cssSelector("ul.edits")).getText())
          .contains("ERROR NDC_MISSING")
          .contains("M119");
      assertThat(
              b.driver.findElements(By.cssSelector("#task-form textarea")).stream()
                  .map(t -> t.getAttribute("value")))
          .anyMatch(v -> v != null && v.contains("NDC_MISSING"));
      b.screenshot("correct-claim");
    }
    try (Browser b = new Browser(port)) {
      b.login("browser-morgan-claims", PASSWORD);
      b.open("/#/dashboard");
      b.waitFor(By.id("claims-SCRUB_FAILED")).click();
      b.waitFor(By.cssSelector("#claims-drill-table tr[data-claim-id='" + claim.claimId() + "'] a"))
          .click();
      b.waitUntil(d -> d.getCurrentUrl().endsWith("#/claim/" + claim.claimId()));
      var page = b.waitFor(By.cssSelector(".claim-page [data-claim-id='" + claim.claimId() + "']"));
      assertThat(page.findElements(By.cssSelector("table.claim-lines tbody tr"))).hasSize(4);
      assertThat(page.findElement(By.cssSelector("ol.timeline")).getText())
          .contains("created")
          .contains("scrub failed");
      b.screenshot("claim");

      // the claim's process, drawn by bpmn-js with the open task highlighted
      b.open("/#/episode/" + instanceKey);
      b.waitFor(By.cssSelector("#diagram [data-element-id='Task_CorrectClaim']"));
      b.waitUntil(
          d ->
              !d.findElements(
                      By.cssSelector(
                          "#diagram .djs-element.active[data-element-id='Task_CorrectClaim']"))
                  .isEmpty());
      b.screenshot("claim-submission");
    }
  }
}
