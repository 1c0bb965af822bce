package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimStatus;
import io.camunda.client.api.search.response.UserTask;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17's appeal path with the real job workers, through real X12 files and the sandbox payer: a
 * Medicare claim of a {@code DENY50…} member goes out as an 837P and comes back denied CO-50 in the
 * 835; posting opens the denial, {@code Decision_DenialRouting} routes it to {@code appeals}, the
 * biller appeals, {@code AppealCase} opens the redetermination (remittance date + 125 days) and
 * renders the letter (a PDF), the biller submits it; the sandbox payer decides it by its appeal
 * rules after its decision delay and sends the {@code AppealDecision} message: a {@code
 * DENY50UPHELD…} member's appeal is upheld, and the case goes on to the next level
 * (reconsideration); any other {@code DENY50…} member's is overturned, the sandbox pays the claim
 * in a second 835 and "Await payment" posts it: the claim is PAID (the first, denying 835's message
 * is still buffered when the denial starts waiting, and does not count as that payment).
 */
class AppealEndToEndTest extends DenialEndToEndTestBase {
  @Autowired AppealService appeals;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** The claim through 837, 999, 277CA and the 835's CO-50 to the submitted appeal. */
  UserTask appealed(ClaimRef ref) throws Exception {
    starter.start(ref);
    exchangeUntil(
        () ->
            queries.view(ref.claimId()).filter(c -> c.status().equals(ClaimStatus.DENIED.name())));

    UserTask work = exchangeUntil(() -> openTask("Task_WorkDenial", ref.claimId()));
    assertThat(work.getCandidateGroups()).containsExactly("appeals");
    client
        .newCompleteUserTaskCommand(work.getUserTaskKey())
        .variables(Map.of("denialAction", "APPEAL"))
        .send()
        .join();

    UserTask review = exchangeUntil(() -> openTask("Task_ReviewAndSubmitAppeal", ref.claimId()));
    long appealId = Long.parseLong(variable(review.getProcessInstanceKey(), "appealId"));
    Appeal appeal = appeals.get(appealId);
    assertThat(appeal.getLevelName()).isEqualTo("Redetermination (MAC)");
    // 120 days from receipt, presumed 5 days after the remittance date (the sandbox's 835, today)
    LocalDate remitted =
        jdbc.queryForObject(
            "SELECT remittance_date FROM denial WHERE id = ?",
            LocalDate.class,
            appeal.getDenialId());
    assertThat(remitted)
        .isBetween(
            LocalDate.ofInstant(clock.instant(), appealsZone()),
            LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
    assertThat(appeal.getDeadline()).isEqualTo(remitted.plusDays(125));
    var letter = appeals.letter(appealId).orElseThrow();
    assertThat(new String(letter.pdf(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    client
        .newCompleteUserTaskCommand(review.getUserTaskKey())
        .variables(
            Map.of(
                "policyReference", "LCD L35170",
                "attachments", List.of("ADMINISTRATION_RECORD"),
                "appealChannel", "PORTAL",
                "submittedOn", LocalDate.now(appealsZone()).toString(),
                "trackingNumber", "APL-E2E-1"))
        .send()
        .join();
    exchangeUntil(
        () ->
            queries
                .view(ref.claimId())
                .filter(c -> c.status().equals(ClaimStatus.APPEALED.name())));
    // the payer has the appeal (after the submission's commit) and owes its decision
    exchangeUntil(
        () ->
            Optional.ofNullable(
                    jdbc.queryForObject(
                        "SELECT COUNT(*) FROM clearinghouse_sandbox_pending"
                            + " WHERE kind = 'APPEAL_DECISION' AND status = 'OPEN'",
                        Integer.class))
                .filter(n -> n > 0));
    return review;
  }

  static java.time.ZoneId appealsZone() {
    return java.time.ZoneId.of("America/New_York");
  }

  /**
   * A Medicare claim of a member of this prefix, appealed; the clock past the sandbox's decision
   * delay.
   */
  ClaimRef appealedAndDecided(String memberPrefix) throws Exception {
    long episodeId =
        fixtures.episode("MEDICARE_PART_B", memberPrefix + System.nanoTime() % 1000).getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));
    appealed(ref);
    clock.advance(Duration.ofMinutes(1));
    return ref;
  }

  @Test
  void anUpheldAppealGoesOnToReconsideration() throws Exception {
    ClaimRef ref = appealedAndDecided("DENY50UPHELD");
    UserTask next =
        exchangeUntil(
            () ->
                openTask("Task_ReviewAndSubmitAppeal", ref.claimId())
                    .filter(
                        t ->
                            variable(t.getProcessInstanceKey(), "appealLevelName")
                                .startsWith("Reconsideration")));
    assertThat(next.getCandidateGroups()).containsExactly("appeals");
    assertThat(queries.view(ref.claimId()).orElseThrow().remittances()).hasSize(1);
  }

  @Test
  void anOverturnedAppealIsPaidByTheNextRemittance() throws Exception {
    // the sandbox decides after its decision delay: overturned, and the claim is paid in a new 835
    ClaimRef ref = appealedAndDecided("DENY50OK");
    exchangeUntil(
        () -> queries.view(ref.claimId()).filter(c -> c.status().equals(ClaimStatus.PAID.name())));
    var claim = queries.view(ref.claimId()).orElseThrow();
    assertThat(claim.remittances()).hasSize(2);
  }
}
