package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.claim.ClaimChanged;
import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.testing.DmnTables;
import com.infusionbilling.testing.EpisodeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writing workers of DenialManagement and AppealCase, each delivered twice against the real
 * services and database: one replacement claim, one write-off, one appeal level, one letter, one
 * submission, one decision. The appeal deadline is the decision table's (CO-50 on Medicare Part B:
 * redetermination due the remittance date + 5 + 120 days).
 */
@Import(EpisodeFixtures.class)
class DenialWorkersIdempotencyTest extends LocalMailboxTestBase {
  static final AtomicLong REMITTANCE_CLAIMS = new AtomicLong(System.nanoTime() % 1_000_000L);

  @Autowired EpisodeFixtures fixtures;
  @Autowired com.infusionbilling.billing.BillingProperties billing;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries claimQueries;
  @Autowired DenialService denials;
  @Autowired DenialRepository denialRows;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RebillClaimWorker rebill;
  @Autowired RecordWriteOffWorker writeOff;
  @Autowired ApplicationEventPublisher events;
  @Autowired WriteOffRepository writeOffs;
  @Autowired OpenAppealWorker openAppeal;
  @Autowired GenerateAppealLetterWorker letter;
  @Autowired RecordAppealSubmissionWorker submission;
  @Autowired RecordAppealDecisionWorker decision;
  @Autowired RecordMissedAppealDeadlineWorker missed;
  @Autowired AppealService appeals;
  @Autowired RecordDenialWorkWorker work;
  @Autowired RecordRetroAuthorizationWorker retroAuthorization;
  @Autowired CloseDenialWorker close;
  @Autowired EscalateAppealDeadlineWorker escalate;
  @Autowired com.infusionbilling.episode.EpisodeTimeline timeline;

  ClaimView claim(String payer, String member) {
    long episodeId = fixtures.episode(payer, member).getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, payer));
    // the payer's claim number arrives with the 277CA/835; set here as they would leave it
    jdbc.update(
        "UPDATE claim SET payer_claim_control_number = ?, status = 'DENIED' WHERE id = ?",
        "PCN-" + ref.claimId(),
        ref.claimId());
    // written past the claim entity: tell the reports' summary, as the entity would
    events.publishEvent(new ClaimChanged(ref.claimId()));
    return claimQueries.view(ref.claimId()).orElseThrow();
  }

  long deny(ClaimView claim, String group, String carc, LocalDate remittanceDate) {
    var line = claim.lines().get(0);
    return new TransactionTemplate(transactions)
        .execute(
            s ->
                denials.open(
                    new OpenDenial(
                        claim.claimId(),
                        line.lineId(),
                        REMITTANCE_CLAIMS.incrementAndGet(),
                        group,
                        carc,
                        List.of(),
                        new BigDecimal("3031.78"),
                        new BigDecimal("3031.78"),
                        BigDecimal.ZERO,
                        remittanceDate,
                        null)));
  }

  @Test
  void theSameRebillTwiceMakesOneReplacementAndLeavesTheOriginalAsItWas() {
    ClaimView original = claim("COMMERCIAL_ACME", "ACM-DN-1001");
    long denialId = deny(original, "CO", "197", LocalDate.now());

    var first = rebill.rebill(denialId, "RETRO_AUTH", "RA-2026-0042");
    var second = rebill.rebill(denialId, "RETRO_AUTH", "RA-2026-0042");

    assertThat(second).isEqualTo(first);
    ClaimView replacement =
        claimQueries.view(((Number) first.get("rebilledClaimId")).longValue()).orElseThrow();
    assertThat(replacement.version()).isEqualTo(2);
    assertThat(replacement.frequencyCode()).isEqualTo("7");
    assertThat(replacement.payerClaimControlNumber()).isEqualTo("PCN-" + original.claimId());
    assertThat(replacement.authorizationNumber()).isEqualTo("RA-2026-0042");
    assertThat(replacement.lines()).hasSameSizeAs(original.lines());
    assertThat(replacement.status()).isEqualTo("DRAFT");
    ClaimView after = claimQueries.view(original.claimId()).orElseThrow();
    assertThat(after.frequencyCode()).isEqualTo("1");
    assertThat(after.authorizationNumber()).isEqualTo(original.authorizationNumber());
    assertThat(after.totalCharge()).isEqualByComparingTo(original.totalCharge());
    assertThat(claims.ofVisit(original.visitId())).hasSize(2);
    assertThat(denialRows.findById(denialId).orElseThrow().getStatus())
        .isEqualTo(DenialStatus.RESOLVED);
  }

  @Test
  void co16M119OnMedicareIsRebilledAsANewClaimWithoutReferenceToTheUnprocessableOne() {
    ClaimView original = claim("MEDICARE_PART_B", "1EG4TE5DN11");
    long denialId = deny(original, "CO", "16", LocalDate.now());

    var ref = rebill.rebill(denialId, "NEW_CLAIM", null);

    ClaimView fresh =
        claimQueries.view(((Number) ref.get("rebilledClaimId")).longValue()).orElseThrow();
    assertThat(fresh.frequencyCode()).isEqualTo("1");
    assertThat(fresh.version()).isEqualTo(2);
    assertThat(fresh.payerClaimControlNumber()).isNull();
  }

  @Test
  void aDrugLineWriteOffNeedsAnApproverAndIsWrittenOnce() {
    ClaimView original = claim("MEDICARE_PART_B", "1EG4TE5DN12");
    long denialId = deny(original, "CO", "29", LocalDate.now());
    DenialActions actions =
        new DenialActions(denials, denialRows, writeOffs, null /* no rebill here */);

    assertThatThrownBy(() -> actions.writeOff(denialId, "filed late", null))
        .isInstanceOf(InvalidDenialException.class)
        .hasMessageContaining("approvedBy");
    var first = actions.writeOff(denialId, "CO-29: filed after the limit", "manager");
    var second = actions.writeOff(denialId, "CO-29: filed after the limit", "manager");

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(first.getApprovedBy()).isEqualTo("manager");
    assertThat(first.getAmount()).isEqualByComparingTo("3031.78");
    assertThat(denialRows.findById(denialId).orElseThrow().getStatus())
        .isEqualTo(DenialStatus.WRITTEN_OFF);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> level(String payerType, int level) {
    return DmnTables.evaluate(
        "bpmn/Decision_AppealLevels.dmn",
        "Decision_AppealLevels",
        Map.of("appealKind", "CLAIM", "payerType", payerType, "appealLevel", level));
  }

  @Test
  void co50OnMedicareIsARedeterminationDueTheRemittanceDatePlus125DaysAndEachStepHappensOnce()
      throws Exception {
    ClaimView original = claim("MEDICARE_PART_B", "1EG4TE5DN13");
    LocalDate remitted = LocalDate.now().minusDays(3);
    long denialId = deny(original, "CO", "50", remitted);
    Map<String, Object> rule = level("MEDICARE_PART_B", 1);
    Denial d = denials.get(denialId);

    var opened =
        openAppeal.open(
            "CLAIM",
            denialId,
            null,
            d.getEpisodeId(),
            "MEDICARE_PART_B",
            1,
            remitted.toString(),
            new BigDecimal("3031.78"),
            rule);
    var again =
        openAppeal.open(
            "CLAIM",
            denialId,
            null,
            d.getEpisodeId(),
            "MEDICARE_PART_B",
            1,
            remitted.toString(),
            new BigDecimal("3031.78"),
            rule);

    assertThat(again).isEqualTo(opened);
    assertThat(opened.get("appealDeadline")).isEqualTo(remitted.plusDays(125).toString());
    assertThat(opened.get("appealLevelName")).isEqualTo("Redetermination (MAC)");
    assertThat((String) opened.get("appealBasis")).contains("405.942");
    assertThat((String) opened.get("escalateAt14"))
        .startsWith(remitted.plusDays(125 - 14).toString());
    long appealId = ((Number) opened.get("appealId")).longValue();

    var url = letter.generate(appealId);
    assertThat(letter.generate(appealId)).isEqualTo(url);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM appeal_letter WHERE appeal_id = ?", Integer.class, appealId))
        .isEqualTo(1);
    byte[] pdf = appeals.letter(appealId).orElseThrow().pdf();
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Redetermination (MAC)")
          .contains(original.patientControlNumber())
          .contains("CO-50")
          .contains(remitted.plusDays(125).toString());
    }

    // Submitted today in the practice's zone (the service refuses a date after that day there).
    LocalDate today = LocalDate.now(billing.zone());
    var sub = submission.record(appealId, "LCD L35170", "PORTAL", today.toString(), "APL-1", rule);
    assertThat(submission.record(appealId, "LCD L35170", "PORTAL", today.toString(), "APL-1", rule))
        .isEqualTo(sub);
    assertThat(claimQueries.view(original.claimId()).orElseThrow().status()).isEqualTo("APPEALED");
    // MAC decides in 60 days; follow up 15 days after that
    assertThat((String) sub.get("decisionFollowUpAt")).startsWith(today.plusDays(75).toString());

    var decided = decision.record(appealId, "OVERTURNED", "paid on reprocessing");
    assertThat(decision.record(appealId, "OVERTURNED", "paid on reprocessing")).isEqualTo(decided);
    assertThat(claimQueries.view(original.claimId()).orElseThrow().status())
        .isEqualTo("ACKNOWLEDGED");
    assertThat(denialRows.findById(denialId).orElseThrow().getStatus())
        .isEqualTo(DenialStatus.RESOLVED);
    assertThat(
            claimQueries.view(original.claimId()).orElseThrow().history().stream()
                .filter(h -> h.event().equals("APPEALED"))
                .count())
        .isEqualTo(1);
  }

  @Test
  void aMissedDeadlineMakesTheDenialAWriteOffCandidateOnce() {
    ClaimView original = claim("COMMERCIAL_ACME", "ACM-DN-1004");
    long denialId = deny(original, "CO", "50", LocalDate.now().minusDays(200));
    Denial d = denials.get(denialId);
    var opened =
        openAppeal.open(
            "CLAIM",
            denialId,
            null,
            d.getEpisodeId(),
            "COMMERCIAL",
            1,
            LocalDate.now().minusDays(200).toString(),
            new BigDecimal("3031.78"),
            level("COMMERCIAL", 1));
    long appealId = ((Number) opened.get("appealId")).longValue();

    assertThat(missed.record(appealId)).containsEntry("appealOutcome", "DEADLINE_MISSED");
    missed.record(appealId);

    assertThat(appeals.get(appealId).getStatus()).isEqualTo("DEADLINE_MISSED");
    assertThat(denialRows.findById(denialId).orElseThrow().getStatus())
        .isEqualTo(DenialStatus.WRITE_OFF_CANDIDATE);
  }

  @Test
  void theWorkRetroAuthorizationAndCloseWorkersTwiceWriteOnceAndAnOverrideNeedsAReason() {
    ClaimView original = claim("COMMERCIAL_ACME", "ACM-DN-1005");
    long denialId = deny(original, "CO", "197", LocalDate.now());
    denials.route(
        denialId,
        new DenialService.Route(
            "RETRO_AUTH",
            "authorization",
            60,
            "SERVICE",
            "CO-197 no authorization on file: retro authorization"));

    assertThatThrownBy(() -> work.record(denialId, "APPEAL", "short", null))
        .isInstanceOf(InvalidDenialException.class)
        .hasMessageContaining("overrideReason");
    work.record(denialId, "RETRO_AUTH", null, "calling the payer");
    work.record(denialId, "APPEAL", "changed my mind later", null);
    Denial worked = denialRows.findById(denialId).orElseThrow();
    assertThat(worked.getAction()).isEqualTo("RETRO_AUTH");
    assertThat(worked.getOverrideReason()).isNull();

    String from = LocalDate.now().minusDays(10).toString();
    String to = LocalDate.now().plusDays(80).toString();
    retroAuthorization.record(denialId, "APPROVED", "RA-2026-0042", 37, from, to, null);
    retroAuthorization.record(denialId, "APPROVED", "RA-2026-0042", 37, from, to, null);
    assertThat(denialRows.findById(denialId).orElseThrow().getResolution())
        .startsWith("retro authorization approved RA-2026-0042, 37 units");

    close.close(denialId, "REVIEW", "nothing else to do");
    close.close(denialId, "REVIEW", "a second delivery");
    Denial closed = denialRows.findById(denialId).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(DenialStatus.RESOLVED);
    assertThat(closed.getResolution()).isEqualTo("REVIEW: nothing else to do");
  }

  @Test
  void anEscalationTwiceIsOneTimelineEntry() {
    ClaimView original = claim("COMMERCIAL_ACME", "ACM-DN-1006");
    long denialId = deny(original, "CO", "50", LocalDate.now().minusDays(170));
    Denial d = denials.get(denialId);
    var opened =
        openAppeal.open(
            "CLAIM",
            denialId,
            null,
            d.getEpisodeId(),
            "COMMERCIAL",
            1,
            LocalDate.now().minusDays(170).toString(),
            new BigDecimal("3031.78"),
            level("COMMERCIAL", 1));
    long appealId = ((Number) opened.get("appealId")).longValue();

    escalate.escalate(appealId);
    escalate.escalate(appealId);

    assertThat(
            timeline.of(d.getEpisodeId()).stream()
                .filter(e -> e.getEventType().equals("APPEAL_DEADLINE_NEAR"))
                .count())
        .isEqualTo(1);
  }
}
