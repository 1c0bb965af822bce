package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.authorization.PayerDecision;
import com.infusionbilling.authorization.PriorAuthorizationService;
import com.infusionbilling.process.ProcessMessages;
import com.infusionbilling.testing.DmnTables;
import com.infusionbilling.testing.EpisodeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The appeal of a prior-authorization denial (issue 17 item 5) with the real workers and database:
 * "Open appeal" opens the PA level of {@code Decision_AppealLevels} counted from the denial's date,
 * and "Generate appeal letter" writes a letter about the authorization request (the request, the
 * drug and diagnoses, the payer's reference and reason, a pre-service argument), not about a claim
 * that does not exist.
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class PriorAuthorizationAppealLetterTest {
  @Autowired EpisodeFixtures fixtures;
  @Autowired PriorAuthorizationService authorizations;
  @Autowired OpenAppealWorker openAppeal;
  @Autowired GenerateAppealLetterWorker letter;
  @Autowired AppealService appeals;
  @Autowired RecordAppealForwardingWorker forwarding;
  @Autowired com.infusionbilling.authorization.RecordPartialApprovalAppealWorker partialAppeal;
  @Autowired com.infusionbilling.episode.EpisodeTimeline timeline;
  @Autowired com.infusionbilling.billing.BillingProperties billing;

  /** Today in the practice's zone, as the services take it. */
  LocalDate today() {
    return LocalDate.now(billing.zone());
  }

  @MockitoBean ProcessMessages messages;

  long openRequest(long episodeId, String decision) {
    var request =
        authorizations.open(
            episodeId, -8_000_000_000L - System.nanoTime() % 1_000_000, "INITIAL", null, null);
    authorizations.recordDecision(
        request.getId(),
        new PayerDecision(decision, "CB", null, null, null, null, "SBX-REV-772"),
        "278 response");
    return request.getId();
  }

  long timelineEntries(long episodeId, String type) {
    return timeline.of(episodeId).stream().filter(e -> type.equals(e.getEventType())).count();
  }

  /**
   * 42 CFR 422.592(a): the Medicare Advantage plan forwards an upheld reconsideration to the IRE;
   * "Record forwarding to the independent reviewer" records level 2 as forwarded by the payer today
   * (nothing filed by the provider), once, and follows up after the IRE's time (72 hours) + 15
   * days.
   */
  @Test
  void theIreLevelOfAMedicareAdvantagePaAppealIsRecordedAsForwardedByThePayerOnce() {
    var episode =
        fixtures.episode("MEDICARE_ADVANTAGE_EXAMPLE", "PAIRE" + System.nanoTime() % 100000);
    long requestId = openRequest(episode.getId(), "DENIED");
    Map<String, Object> rule =
        DmnTables.evaluate(
            "bpmn/Decision_AppealLevels.dmn",
            "Decision_AppealLevels",
            Map.of(
                "appealKind",
                "PA",
                "payerType",
                "MEDICARE_ADVANTAGE",
                "appealLevel",
                2,
                "appealExpedited",
                true));
    var opened =
        openAppeal.open(
            "PA",
            null,
            requestId,
            episode.getId(),
            "MEDICARE_ADVANTAGE",
            2,
            today().toString(),
            BigDecimal.ZERO,
            rule);
    long appealId = ((Number) opened.get("appealId")).longValue();

    var first = forwarding.record(appealId, rule);
    var second = forwarding.record(appealId, rule);

    assertThat(second).isEqualTo(first);
    Appeal a = appeals.get(appealId);
    assertThat(a.getLevelName())
        .isEqualTo("Independent review (IRE, expedited, forwarded by the plan)");
    assertThat(a.getChannel()).isEqualTo("PAYER_FORWARDED");
    assertThat(a.getSubmittedOn()).isNotNull();
    assertThat(a.getTrackingNumber()).isNull();
    assertThat((String) first.get("decisionFollowUpAt"))
        .startsWith(a.getSubmittedOn().plusDays(3 + 15).toString());
    assertThat(timelineEntries(episode.getId(), "APPEAL_FORWARDED")).isEqualTo(1);
  }

  /** A partial approval appealed: its date for the deadline, one timeline entry, no 278. */
  @Test
  void aPartialApprovalAppealIsRecordedOnceWithTheDecisionDate() {
    var episode = fixtures.episode("COMMERCIAL_ACME", "PAPRT" + System.nanoTime() % 100000);
    long requestId = openRequest(episode.getId(), "PARTIAL");

    var first = partialAppeal.record(requestId);
    var second = partialAppeal.record(requestId);

    assertThat(second).isEqualTo(first);
    assertThat(first)
        .containsEntry("partialDecidedOn", today().toString())
        .containsEntry("appealExpedited", false);
    assertThat(timelineEntries(episode.getId(), "PARTIAL_APPROVAL_APPEALED")).isEqualTo(1);
  }

  @Test
  void aPaAppealIsDueInTheCommercialWindowAndItsLetterQuotesTheRequest() throws Exception {
    var episode = fixtures.episode("COMMERCIAL_ACME", "PAAPL" + System.nanoTime() % 100000);
    var request =
        authorizations.open(
            episode.getId(),
            -8_000_000_000L - System.nanoTime() % 1_000_000,
            "INITIAL",
            null,
            null);
    authorizations.recordDecision(
        request.getId(),
        new PayerDecision("DENIED", "CB", null, null, null, null, "SBX-REV-771"),
        "278 response");
    LocalDate deniedOn = today();
    Map<String, Object> rule =
        DmnTables.evaluate(
            "bpmn/Decision_AppealLevels.dmn",
            "Decision_AppealLevels",
            Map.of("appealKind", "PA", "payerType", "COMMERCIAL", "appealLevel", 1));

    var opened =
        openAppeal.open(
            "PA",
            null,
            request.getId(),
            episode.getId(),
            "COMMERCIAL",
            1,
            deniedOn.toString(),
            BigDecimal.ZERO,
            rule);

    assertThat(opened.get("appealLevelName")).isEqualTo("Internal appeal (pre-service)");
    assertThat(opened.get("appealDeadline")).isEqualTo(deniedOn.plusDays(180).toString());
    long appealId = ((Number) opened.get("appealId")).longValue();

    letter.generate(appealId);
    try (var doc = Loader.loadPDF(appeals.letter(appealId).orElseThrow().pdf())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Internal appeal (pre-service)")
          .contains("Prior authorization request " + request.getId())
          .contains("J1745 for K50.90")
          .contains("Payer reference: SBX-REV-771")
          .contains("reason code CB")
          .contains("authorized as requested")
          .contains(deniedOn.plusDays(180).toString())
          .doesNotContain("Claim:")
          .doesNotContain("administered as recorded");
    }
  }
}
