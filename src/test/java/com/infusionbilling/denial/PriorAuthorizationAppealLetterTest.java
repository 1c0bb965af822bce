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
  @MockitoBean ProcessMessages messages;

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
    LocalDate deniedOn = LocalDate.now();
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
