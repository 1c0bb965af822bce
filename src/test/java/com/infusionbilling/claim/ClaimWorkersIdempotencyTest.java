package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.testing.EpisodeFixtures;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Delivery is at least once: each test hands the same job twice to a real claim worker (real
 * services, database and local-directory mailbox) and shows the second delivery changes nothing: no
 * second 837 file, no second history row, no second correction, the same answer to the process.
 */
@Import({EpisodeFixtures.class, SecondaryClaimFixtures.class})
class ClaimWorkersIdempotencyTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimHistoryRepository history;
  @Autowired ClaimLineRepository lines;
  @Autowired EpisodeTimeline timeline;
  @Autowired ScrubClaimWorker scrub;
  @Autowired SubmitClaimWorker submit;
  @Autowired ApplyClaimCorrectionWorker applyCorrection;
  @Autowired RecordClearinghouseCheckWorker clearinghouseCheck;
  @Autowired RecordClaimStatusCheckWorker statusCheck;
  @Autowired NotifyManagersOfFilingDeadlineWorker notifyManagers;
  @Autowired BillSecondaryPayerWorker billSecondary;
  @Autowired SecondaryClaimFixtures secondaryFixtures;
  @Autowired ClaimPayments claimPayments;
  @Autowired com.infusionbilling.remittance.RemittanceIntake remittanceIntake;
  @Autowired com.infusionbilling.remittance.RemittancePosting posting;

  ClaimRef claim(String member) {
    long episodeId = fixtures.episode("MEDICARE_PART_B", member).getId();
    return claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
  }

  List<String> events(ClaimRef ref) {
    return history.findByClaimIdOrderByOccurredAtAscIdAsc(ref.claimId()).stream()
        .map(ClaimHistoryEntry::getEvent)
        .toList();
  }

  static io.camunda.client.api.response.ActivatedJob job(Map<String, Object> variables) {
    return EpisodeFixtures.job(EpisodeFixtures.nextKey(), EpisodeFixtures.nextKey(), variables);
  }

  @Test
  void theSameBillSecondaryPayerJobTwiceMakesOneSecondaryClaim() {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "SECONDARY4TE5MK90").getId();
    fixtures.withSecondaryCoverage(episodeId, "COMMERCIAL_ACME", "SUPP4TE5MK90");
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));
    var paid =
        com.infusionbilling.remittance.Remittances.forClaim(
                claimPayments.claim(ref.claimId()).orElseThrow())
            .deductible("100")
            .payment();
    String trace = "EFTBILL2X" + ref.claimId();
    long remittanceId =
        remittanceIntake
            .store(com.infusionbilling.remittance.Remittances.remittance(trace, paid), trace)
            .remittanceId();
    posting.post(remittanceId, ref.claimId());

    var first = billSecondary.bill(ref.claimId());
    var second = billSecondary.bill(ref.claimId());

    assertThat(second).isEqualTo(first);
    assertThat(claims.ofVisit(claims.get(ref.claimId()).getVisitId())).hasSize(2);
    assertThat(events(ref)).containsOnlyOnce("SECONDARY_BILLED");
  }

  @Test
  void theSameBillSecondaryPayerJobTwiceAfterALaterPrimaryPaymentMakesOneReplacement() {
    var billed = secondaryFixtures.partlyDeniedAndSecondaryBilled();
    secondaryFixtures.paidAgain(billed);

    var first = billSecondary.bill(billed.primary().claimId());
    var second = billSecondary.bill(billed.primary().claimId());

    assertThat(second).isEqualTo(first);
    assertThat(first).containsEntry("secondaryClaimVersion", 3);
    assertThat(claims.ofVisit(claims.get(billed.primary().claimId()).getVisitId())).hasSize(3);
    assertThat(events(billed.secondary())).containsOnlyOnce("REBILLED");
  }

  @Test
  void theSameScrubJobTwiceWritesOneHistoryRow() {
    ClaimRef ref = claim("1EG4TE5MK91");
    var job = job(Map.of("claimId", ref.claimId()));

    var first = scrub.scrub(job, ref.claimId());
    var second = scrub.scrub(job, ref.claimId());

    assertThat(second).isEqualTo(first).containsEntry("scrubPassed", true);
    assertThat(events(ref)).containsExactly("CREATED", "SCRUB_PASSED");
  }

  @Test
  void theSameSubmitJobTwiceSendsOne837() throws IOException {
    ClaimRef ref = claim("1EG4TE5MK92");
    var job = job(Map.of("claimId", ref.claimId(), "submissionAttempt", 1));

    var first = submit.submit(job, ref.claimId(), 1);
    var second = submit.submit(job, ref.claimId(), 1);

    assertThat(second).isEqualTo(first);
    assertThat(first.get("attemptKey")).isEqualTo("claim-" + ref.claimId() + "-v1-a1");
    assertThat(count("outbound")).isEqualTo(1);
    assertThat(events(ref)).containsExactly("CREATED", "SUBMITTED", "SENT");
    assertThat(claims.ofVisit(claims.get(ref.claimId()).getVisitId())).containsExactly(ref);
  }

  @Test
  void theSameCorrectionJobTwiceCorrectsOnceAndAnswersTheSameNextAttempt() {
    ClaimRef ref = claim("1EG4TE5MK93");
    submit.submit(job(Map.of()), ref.claimId(), 1);
    Map<String, Object> vars = new HashMap<>();
    vars.put("claimId", ref.claimId());
    vars.put("authorizationNumber", "AUTH-NEW-1");
    vars.put("lineNumber", 4);
    vars.put("lineUnits", 1);
    vars.put("correctionNote", "96366: one additional hour per the MAR");
    var job = job(vars);

    var first = applyCorrection.apply(job);
    var second = applyCorrection.apply(job);

    assertThat(second).isEqualTo(first).containsEntry("submissionAttempt", 2);
    assertThat(events(ref)).containsExactly("CREATED", "SUBMITTED", "SENT", "CORRECTED");
    Claim claim = claims.get(ref.claimId());
    assertThat(claim.getAuthorizationNumber()).isEqualTo("AUTH-NEW-1");
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.DRAFT);
    ClaimLine line = lines.findByClaimIdOrderByLineNumberAsc(ref.claimId()).get(3);
    assertThat(line.getUnits()).isEqualTo(1);
    // the chargemaster's 96366 charge for one unit, and the total follows
    assertThat(line.getCharge()).isEqualByComparingTo("96.00");
    assertThat(claim.getTotalCharge()).isEqualByComparingTo("4356.00");
  }

  @Test
  void aCorrectionOfALineTheClaimDoesNotHaveChangesNothingAndGoesBackToCorrectClaim() {
    ClaimRef ref = claim("1EG4TE5MK96");
    var job =
        job(
            Map.of(
                "claimId",
                ref.claimId(),
                "lineNumber",
                9,
                "lineUnits",
                2,
                "diagnosisCodes",
                "K50.90",
                "correctionNote",
                "wrong line"));

    assertThatThrownBy(() -> applyCorrection.apply(job))
        .isInstanceOf(io.camunda.client.exception.BpmnError.class)
        .hasMessageContaining("lineNumber");
    assertThat(events(ref)).containsExactly("CREATED");
    assertThat(claims.get(ref.claimId()).getDiagnoses()).containsExactly("K50.90", "Z79.899");
  }

  @Test
  void theSameCheckJobsTwiceRecordOnce() {
    ClaimRef ref = claim("1EG4TE5MK94");
    submit.submit(job(Map.of()), ref.claimId(), 1);
    var check =
        job(
            Map.of(
                "claimId", ref.claimId(),
                "clearinghouseCheckOutcome", "RESUBMIT",
                "clearinghouseReference", "TCK-77"));
    var status =
        job(
            Map.of(
                "claimId", ref.claimId(),
                "claimStatusCheckOutcome", "STILL_PENDING",
                "payerReference", "CALL-12"));

    var a = clearinghouseCheck.record(check);
    var b = clearinghouseCheck.record(check);
    var c = statusCheck.record(status);
    var d = statusCheck.record(status);

    assertThat(b).isEqualTo(a).containsEntry("submissionAttempt", 2);
    assertThat(d).isEqualTo(c).containsEntry("submissionAttempt", 1);
    assertThat(events(ref))
        .containsExactly(
            "CREATED", "SUBMITTED", "SENT", "CLEARINGHOUSE_CHECKED", "CLAIM_STATUS_CHECKED");
    assertThat(claims.get(ref.claimId()).getStatus()).isEqualTo(ClaimStatus.DRAFT);
  }

  @Test
  void theSameFilingDeadlineJobTwiceNotifiesOnce() {
    ClaimRef ref = claim("1EG4TE5MK95");
    long episodeId = claims.get(ref.claimId()).getEpisodeId();

    notifyManagers.notifyManagers(ref.claimId());
    notifyManagers.notifyManagers(ref.claimId());

    assertThat(events(ref)).containsExactly("CREATED", "FILING_DEADLINE_NEAR");
    assertThat(timeline.of(episodeId))
        .filteredOn(t -> t.getEventType().equals("CLAIM_FILING_DEADLINE_NEAR"))
        .hasSize(1);
  }
}
