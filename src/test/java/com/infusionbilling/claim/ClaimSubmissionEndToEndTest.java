package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.RealJobWorkers;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * {@code ClaimSubmission} with the real workers, through real X12 files and the sandbox payer: a
 * clean Medicare claim goes out as an 837P, the 999 and 277CA come back, the claim is {@code
 * ACKNOWLEDGED}, the sandbox's 835 pays it and {@code post-remittance} posts it (PAID); a claim of
 * a member the sandbox rejects at the 277CA (A7 562/85) opens "Correct claim" with the payer's
 * words, and the correction goes out again as a new interchange of the same claim version; a
 * Medicare payment that leaves the patient PR-1/PR-2 on an episode with secondary coverage sends a
 * secondary claim (SBR01 S with Medicare's 2320/2430), which the sandbox pays as secondary.
 */
@RealJobWorkers
@Import(EpisodeFixtures.class)
class ClaimSubmissionEndToEndTest extends LocalMailboxTestBase {
  @Autowired CamundaClient client;
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimSubmissionStarter starter;
  @Autowired ClaimQueries queries;

  @BeforeEach
  void deploy() {
    ModelDeployment.deployAll(client);
  }

  Optional<ClaimView> inStatus(ClaimRef ref, ClaimStatus status) {
    return queries.view(ref.claimId()).filter(c -> c.status().equals(status.name()));
  }

  Optional<UserTask> openTask(long processInstanceKey, String elementId) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(processInstanceKey)
                    .elementId(elementId)
                    .state(UserTaskState.CREATED))
        .send()
        .join()
        .items()
        .stream()
        .findFirst();
  }

  boolean active(long processInstanceKey, String elementId) {
    return !client
        .newElementInstanceSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(processInstanceKey)
                    .elementId(elementId)
                    .state(ElementInstanceState.ACTIVE))
        .send()
        .join()
        .items()
        .isEmpty();
  }

  @Test
  void aCleanMedicareClaimIsAcknowledgedThenPaidByThe835AndPostedOnce() throws Exception {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK99").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));

    starter.start(ref);

    ClaimView paid = exchangeUntil(() -> inStatus(ref, ClaimStatus.PAID));
    assertThat(paid.payerClaimControlNumber()).startsWith("SBXC");
    assertThat(paid.acknowledgements())
        .extracting(ClaimView.Acknowledgement::type)
        .containsExactlyInAnyOrder("999", "277CA");
    long instance = paid.processInstanceKey();
    exchangeUntil(
        () ->
            active(instance, "Task_AwaitRemittance") || active(instance, "Task_PostRemittance")
                ? Optional.empty()
                : Optional.of(true));
    assertThat(paid.history())
        .extracting(ClaimView.HistoryItem::event)
        .startsWith("CREATED", "SCRUB_PASSED", "SUBMITTED", "SENT")
        .containsOnlyOnce("REMITTANCE_POSTED");
    var remittance = paid.remittances().get(0);
    assertThat(remittance.traceNumber()).startsWith("SBX");
    // Medicare: sequestration is contractual, coinsurance is the patient's
    assertThat(remittance.lines().get(0).adjustments())
        .extracting(a -> a.code())
        .contains("CO-253", "PR-2");
    assertThat(paid.patientResponsibility()).isNotEmpty();
    assertThat(
            client
                .newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).elementId("Event_RemittancePosted"))
                .send()
                .join()
                .items())
        .hasSize(1);
  }

  @Test
  void aMedicarePaymentThatLeavesThePatientAShareBillsTheSecondaryPayerWhoPaysIt()
      throws Exception {
    long n = System.nanoTime() % 1_000_000L;
    long episodeId = fixtures.episode("MEDICARE_PART_B", "SECONDARY" + n).getId();
    fixtures.withSecondaryCoverage(episodeId, "COMMERCIAL_ACME", "SUPP" + n);
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));
    long visitId = claims.get(ref.claimId()).getVisitId();

    starter.start(ref);

    ClaimView primary = exchangeUntil(() -> inStatus(ref, ClaimStatus.PAID));
    ClaimRef secondaryRef =
        exchangeUntil(() -> claims.ofVisit(visitId).stream().skip(1).findFirst());
    ClaimView secondary = exchangeUntil(() -> inStatus(secondaryRef, ClaimStatus.PAID));

    assertThat(claims.ofVisit(visitId)).containsExactly(ref, secondaryRef);
    assertThat(secondary.payerId()).isEqualTo("COMMERCIAL_ACME");
    assertThat(secondary.frequencyCode()).isEqualTo("1");
    var secondaryPayment = secondary.remittances().get(0);
    assertThat(secondaryPayment.statusCode()).isEqualTo("2");
    // the secondary paid what Medicare left the patient: PR-1 and PR-2 of each line
    java.math.BigDecimal patientShare =
        primary.patientResponsibility().stream()
            .map(p -> p.amount())
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(secondaryPayment.paid()).isEqualByComparingTo(patientShare);
    // the primary as it is now (its view above was read when it became PAID, before the billing)
    ClaimView settled = queries.view(ref.claimId()).orElseThrow();
    assertThat(settled.history())
        .extracting(ClaimView.HistoryItem::event)
        .containsOnlyOnce("SECONDARY_BILLED", "SECONDARY_SETTLED");
    // the secondary's payment settled the share: the patient owes nothing, nothing written off
    assertThat(settled.secondarySettlements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.outcome()).isEqualTo("SETTLED");
              assertThat(s.secondaryPaid()).isEqualByComparingTo(patientShare);
              assertThat(s.patientBalance()).isZero();
              assertThat(s.writtenOff()).isZero();
            });
    assertThat(settled.patientResponsibility())
        .allSatisfy(p -> assertThat(p.status()).isEqualTo("SETTLED"));
  }

  @Test
  void aClaimThePayerRejectsAtThe277caIsCorrectedAndSentAgainAsANewInterchange() throws Exception {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "REJ2770042").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));

    starter.start(ref);

    ClaimView rejected = exchangeUntil(() -> inStatus(ref, ClaimStatus.REJECTED));
    long instance = rejected.processInstanceKey();
    UserTask correct = exchangeUntil(() -> openTask(instance, "Task_CorrectClaim"));
    assertThat(correct.getCandidateGroups()).contains("billing");
    var reason =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(instance).name("correctionReason"))
            .send()
            .join()
            .items();
    assertThat(reason.get(0).getValue())
        .contains("rejected the claim for invalid information")
        .contains("billing provider's National Provider Identifier (NPI) is missing or invalid");
    assertThat(rejected.acknowledgements())
        .filteredOn(a -> a.type().equals("277CA"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.codes()).isEqualTo("A7:562:85");
              assertThat(a.payerText()).isEqualTo("BILLING PROVIDER NPI NOT ON FILE");
            });
    String firstInterchange = rejected.interchangeControlNumber();

    client
        .newCompleteUserTaskCommand(correct.getUserTaskKey())
        .variables(Map.of("correctionNote", "NPI confirmed with the payer's enrollment desk"))
        .send()
        .join();

    ClaimView again =
        exchangeUntil(
            () ->
                queries
                    .view(ref.claimId())
                    .filter(c -> c.submissionAttempt() == 2 && c.status().equals("REJECTED")));
    assertThat(again.version()).isEqualTo(1);
    assertThat(again.interchangeControlNumber()).isNotEqualTo(firstInterchange);
    assertThat(again.history()).extracting(ClaimView.HistoryItem::event).contains("CORRECTED");
    assertThat(again.filedAt()).isNull();
    client.newCancelInstanceCommand(instance).send().join();
  }
}
