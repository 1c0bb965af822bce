package com.infusionbilling.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.authorization.AuthorizationStatus;
import com.infusionbilling.authorization.PayerAuthorization;
import com.infusionbilling.authorization.PayerAuthorizationRepository;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.intake.ReferralRequest;
import com.infusionbilling.intake.ReferralService;
import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.RealJobWorkers;
import com.infusionbilling.testing.ReferralBuilder;
import com.infusionbilling.testing.UserTasks;
import com.infusionbilling.verification.BenefitVerification;
import com.infusionbilling.verification.BenefitVerificationRepository;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end through real X12 files: a referral starts the episode, the real job workers send a 270
 * and a 278 into the local-directory mailbox, the sandbox payer answers with a 271 and a 278
 * response from its scenarios, the inbound poller reads them and the listeners hand them to the
 * waiting processes. Coordinator tasks are completed through the Camunda client as the worklist
 * does.
 */
@RealJobWorkers
class TherapyEpisodeEndToEndTest extends LocalMailboxTestBase {
  @Autowired CamundaClient client;
  @Autowired ReferralService referrals;
  @Autowired EpisodeRepository episodes;
  @Autowired PayerAuthorizationRepository authorizations;
  @Autowired BenefitVerificationRepository verifications;
  @Autowired EpisodeTimeline timeline;
  @Autowired ObjectMapper json;

  @BeforeEach
  void deploy() {
    ModelDeployment.deployAll(client);
  }

  long referral(String id, String payer, String member, String hcpcs) throws IOException {
    String body =
        ReferralBuilder.referral(id)
            .patient("MRN-" + id, "Grace", "Hopper")
            .born("1961-12-09", "F")
            .address("5 Oak Ave", "Springfield", "IL", "62704")
            .coverage(payer, member)
            .fixedDose(hcpcs, "300")
            .schedule("every 8 weeks", 56, 3, java.time.LocalDate.now().plusDays(10).toString())
            .diagnoses("K51.90")
            .json();
    return referrals.intake(json.readValue(body, ReferralRequest.class)).episodeId();
  }

  Optional<UserTask> task(String elementId) {
    return UserTasks.openUserTask(client, elementId);
  }

  Optional<PayerAuthorization> authorization(long episodeId) {
    return authorizations.findByEpisodeIdOrderByIdAsc(episodeId).stream().findFirst();
  }

  @Test
  void vedolizumabForAcmeIsVerifiedByThe271DocumentedAndApprovedByThe278() throws Exception {
    long episodeId = referral("E2E-ACME-1", "COMMERCIAL_ACME", "W555000111", "J3380");

    // 270 -> sandbox 271 (active, PA required for J3380) -> coverage decision -> PA requirement
    UserTask documentation = exchangeUntil(() -> task("Task_CollectClinicalDocumentation"));
    BenefitVerification verification = verifications.findByEpisodeIdOrderByIdAsc(episodeId).get(0);
    assertThat(verification.getSource()).isEqualTo(BenefitVerification.Source.X12_271);
    assertThat(verification.getCoverageOutcome()).isEqualTo("MEDICAL_BENEFIT");
    assertThat(verification.getPaRequired()).isTrue();
    assertThat(verification.getDeductible()).isEqualByComparingTo("1500");
    assertThat(verification.getDeductibleMet()).isEqualByComparingTo("750");

    client
        .newCompleteUserTaskCommand(documentation.getUserTaskKey())
        .variables(
            Map.of(
                "confirmedDiagnosisAttached", true,
                "confirmedDiagnosisCode", "K51.90",
                "treatmentHistoryAttached", true,
                "failedAlternativesAttached", true,
                "failedAlternativesCount", 1,
                "treatmentPlanAttached", true,
                "documentReference", "DOC-E2E-1"))
        .send()
        .join();

    // 278 -> sandbox A1 certified -> authorization recorded and monitored, therapy active
    PayerAuthorization auth =
        exchangeUntil(
            () ->
                authorization(episodeId)
                    .filter(a -> a.getStatus() == AuthorizationStatus.APPROVED));
    assertThat(auth.getAuthorizationNumber()).startsWith("SBX");
    // Acme authorizes visits (billing_payer.authorization_basis): the 3 doses ordered
    assertThat(auth.getBasis())
        .isEqualTo(com.infusionbilling.billing.reference.AuthorizationBasis.VISITS);
    assertThat(auth.getApprovedQuantity()).isEqualByComparingTo("3");
    exchangeUntil(
        () -> episodes.findById(episodeId).filter(e -> e.getStatus() == EpisodeStatus.ACTIVE));
    List<String> events =
        exchangeUntil(
            () -> {
              var types = timeline.of(episodeId).stream().map(t -> t.getEventType()).toList();
              return types.contains("AUTHORIZATION_MONITORING_STARTED")
                  ? Optional.of(types)
                  : Optional.empty();
            });
    assertThat(events)
        .contains(
            "REFERRAL_RECEIVED",
            "ELIGIBILITY_RESPONSE_RECEIVED",
            "BENEFITS_VERIFIED",
            "CLINICAL_DOCUMENTATION_COLLECTED",
            "AUTHORIZATION_SUBMITTED",
            "AUTHORIZATION_APPROVED",
            "THERAPY_ACTIVE");
    assertThat(count("archive")).isGreaterThanOrEqualTo(2); // the 271 and the 278 response
  }

  @Test
  void inactiveCoverageFromThe271WaitsForTheIntakeTeam() throws Exception {
    long episodeId = referral("E2E-INACT-1", "COMMERCIAL_SUMMIT", "INACT4242", "J1745");

    UserTask resolve = exchangeUntil(() -> task("Task_ResolveCoverage"));

    assertThat(resolve.getCandidateGroups()).contains("intake");
    assertThat(resolve.getFormKey()).isNotNull();
    assertThat(verifications.findByEpisodeIdOrderByIdAsc(episodeId).get(0).getCoverageOutcome())
        .isEqualTo("INACTIVE");
    assertThat(episodes.findById(episodeId).orElseThrow().getStatus())
        .isEqualTo(EpisodeStatus.RESOLVING_COVERAGE);
  }
}
