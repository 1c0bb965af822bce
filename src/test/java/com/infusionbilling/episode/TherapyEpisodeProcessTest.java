package com.infusionbilling.episode;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ElementSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code TherapyEpisode}: the happy path and each detour, with benefit verification and prior
 * authorization mocked as child processes (their own tests cover them) and every job mocked.
 */
@ProcessTest
class TherapyEpisodeProcessTest {
  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/TherapyEpisode.bpmn",
        "forms/resolve-coverage.form",
        "forms/resolve-site-of-care.form");
    context
        .mockJobWorker("start-authorization-monitoring")
        .thenComplete(Map.of("monitoringStarted", true));
    context.mockJobWorker("activate-therapy").thenComplete();
    context.mockJobWorker("close-episode").thenComplete();
  }

  ProcessInstanceEvent referral(long episodeId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("TherapyEpisode")
        .latestVersion()
        .variables(
            Map.of(
                "episodeId", episodeId,
                "payerId", "COMMERCIAL_ACME",
                "hcpcs", "J1745",
                "siteOfCare", "OFFICE",
                "primaryDiagnosis", "K50.90"))
        .send()
        .join();
  }

  void benefitsVerifiedAs(String outcome) {
    context.mockChildProcess(
        "BenefitVerification",
        Map.of(
            "coverageOutcome",
            outcome,
            "paRequiredByPayer",
            true,
            "verificationId",
            1,
            "traceNumber",
            "IBW-BV-1"));
  }

  void authorizationObtained(String status) {
    context.mockChildProcess(
        "PriorAuthorization", Map.of("authorizationId", 77, "authorizationStatus", status));
  }

  void therapyEnds(long episodeId, String reason) {
    client
        .newPublishMessageCommand()
        .messageName("Message_TherapyEnded")
        .correlationKey(String.valueOf(episodeId))
        .variables(Map.of("endReason", reason))
        .send()
        .join();
  }

  @Test
  void happyPathAuthorizedTherapyIsMonitoredUntilItIsCompleted() {
    benefitsVerifiedAs("MEDICAL_BENEFIT");
    authorizationObtained("APPROVED");

    var episode = referral(101);
    assertThat(episode)
        .hasCompletedElementsInOrder(
            "Event_ReferralReceived",
            "Task_VerifyBenefits",
            "Gateway_CoverageUsable",
            "Task_ObtainPriorAuthorization",
            "Gateway_AuthorizationToMonitor",
            "Task_StartAuthorizationMonitoring",
            "Task_ActivateTherapy")
        .isWaitingForMessage("Message_TherapyEnded", "101")
        .hasVariable("authorizationId", 77)
        .hasNotActivatedElements("Task_ResolveCoverage");

    therapyEnds(101, "COMPLETED");

    assertThat(episode)
        .isCompleted()
        .hasCompletedElements("Event_TherapyEnded", "Task_CloseEpisode", "Event_EpisodeClosed")
        .hasVariable("endReason", "COMPLETED");
  }

  @Test
  void noPriorAuthorizationNeededStartsNoMonitoring() {
    benefitsVerifiedAs("MEDICAL_BENEFIT");
    authorizationObtained("NOT_REQUIRED");

    var episode = referral(102);

    assertThat(episode)
        .hasCompletedElements("Task_ActivateTherapy")
        .hasNotActivatedElements("Task_StartAuthorizationMonitoring")
        .isWaitingForMessage("Message_TherapyEnded", "102");
  }

  @Test
  void inactiveCoverageGoesToACoordinatorWhoClosesTheEpisode() {
    benefitsVerifiedAs("INACTIVE");

    var episode = referral(103);
    assertThat(episode).hasActiveElements("Task_ResolveCoverage");
    assertThat(UserTaskSelectors.byElementId("Task_ResolveCoverage")).hasCandidateGroup("intake");

    context.completeUserTask("Task_ResolveCoverage", Map.of("coverageResolution", "CLOSE"));
    context
        .mockJobWorker("apply-coverage-resolution")
        .thenComplete(Map.of("payerId", "COMMERCIAL_ACME"));

    assertThat(episode)
        .isCompleted()
        .hasCompletedElements(
            "Task_ApplyCoverageResolution", "Task_CloseEpisode", "Event_EpisodeClosed")
        .hasNotActivatedElements("Task_ObtainPriorAuthorization", "Task_ActivateTherapy");
  }

  @Test
  void pharmacyBenefitWithAnAlternatePayerVerifiesBenefitsAgain() {
    benefitsVerifiedAs("PHARMACY_BENEFIT");
    context
        .mockJobWorker("apply-coverage-resolution")
        .thenComplete(Map.of("payerId", "COMMERCIAL_SUMMIT"));

    var episode = referral(104);
    assertThat(episode).hasActiveElements("Task_ResolveCoverage");

    context.completeUserTask(
        "Task_ResolveCoverage",
        Map.of("coverageResolution", "ALTERNATE_PAYER", "alternatePayerId", "COMMERCIAL_SUMMIT"));

    // the mocked verification still answers "pharmacy benefit": the coordinator is asked again
    assertThat(episode)
        .hasCompletedElements("Task_ApplyCoverageResolution")
        .hasVariable("payerId", "COMMERCIAL_SUMMIT")
        .hasActiveElements("Task_ResolveCoverage");
    assertThat(episode).hasCompletedElements(ElementSelectors.byId("Task_VerifyBenefits"));
  }

  @Test
  void patientAssistanceActivatesTherapyWithoutPriorAuthorization() {
    benefitsVerifiedAs("PHARMACY_BENEFIT");
    context
        .mockJobWorker("apply-coverage-resolution")
        .thenComplete(Map.of("payerId", "COMMERCIAL_ACME"));

    var episode = referral(105);
    context.completeUserTask(
        "Task_ResolveCoverage", Map.of("coverageResolution", "PATIENT_ASSISTANCE"));

    assertThat(episode)
        .hasCompletedElements("Task_ActivateTherapy")
        .hasNotActivatedElements("Task_ObtainPriorAuthorization")
        .isWaitingForMessage("Message_TherapyEnded", "105");
  }

  @Test
  void therapyNotAuthorizedClosesTheEpisode() {
    benefitsVerifiedAs("MEDICAL_BENEFIT");
    // a PriorAuthorization stand-in that ends as the real one does after a denial that is not
    // appealed: with the THERAPY_NOT_AUTHORIZED error
    client
        .newDeployResourceCommand()
        .addProcessModel(
            io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("PriorAuthorization")
                .startEvent()
                .endEvent("Event_Denied", e -> e.error("THERAPY_NOT_AUTHORIZED"))
                .done(),
            "PriorAuthorization.bpmn")
        .send()
        .join();

    var episode = referral(106);

    assertThat(episode)
        .isCompleted()
        .hasCompletedElements(
            "Error_TherapyNotAuthorized", "Task_CloseEpisode", "Event_EpisodeClosed")
        .hasTerminatedElements("Task_ObtainPriorAuthorization")
        .hasNotActivatedElements("Task_ActivateTherapy");
  }

  @Test
  void discontinuationClosesAnActiveEpisode() {
    benefitsVerifiedAs("MEDICAL_BENEFIT");
    authorizationObtained("APPROVED");
    var episode = referral(107);
    assertThat(episode).isWaitingForMessage("Message_TherapyEnded", "107");

    therapyEnds(107, "DISCONTINUED");

    assertThat(episode).isCompleted().hasVariable("endReason", "DISCONTINUED");
  }

  @Test
  void therapyEndedWhileAuthorizingClosesTheEpisodeAtOnce() {
    benefitsVerifiedAs("MEDICAL_BENEFIT");
    // a PriorAuthorization stand-in still waiting for the payer
    client
        .newDeployResourceCommand()
        .addProcessModel(
            io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("PriorAuthorization")
                .startEvent()
                .userTask("Task_WaitForPayer")
                .zeebeUserTask()
                .endEvent()
                .done(),
            "PriorAuthorization.bpmn")
        .send()
        .join();
    var episode = referral(109);
    assertThat(episode).hasActiveElements("Task_ObtainPriorAuthorization");

    therapyEnds(109, "DISCONTINUED");

    // before: the message waited (buffered) for "Therapy ended" after activation
    assertThat(episode)
        .isCompleted()
        .hasCompletedElements(
            "Event_TherapyEndedWhileAuthorizing", "Task_CloseEpisode", "Event_EpisodeClosed")
        .hasTerminatedElements("Task_ObtainPriorAuthorization")
        .hasNotActivatedElements("Task_ActivateTherapy")
        .hasVariable("endReason", "DISCONTINUED");
  }

  @Test
  void therapyEndedWhileCoverageIsResolvedClosesTheEpisodeAtOnce() {
    benefitsVerifiedAs("INACTIVE");
    var episode = referral(110);
    assertThat(episode).hasActiveElements("Task_ResolveCoverage");

    therapyEnds(110, "DISCONTINUED");

    assertThat(episode)
        .isCompleted()
        .hasCompletedElements("Event_TherapyEndedWhileResolvingCoverage", "Task_CloseEpisode")
        .hasTerminatedElements("Task_ResolveCoverage")
        .hasVariable("endReason", "DISCONTINUED");
  }

  /** Covered under the medical benefit, but not as ordered (Decision_Coverage). */
  void benefitsVerifiedNotAtThisSite(boolean buyAndBill, String restriction) {
    context.mockChildProcess(
        "BenefitVerification",
        Map.of(
            "coverageOutcome",
            "MEDICAL_BENEFIT",
            "paRequiredByPayer",
            true,
            "verificationId",
            1,
            "traceNumber",
            "IBW-BV-2",
            "buyAndBillAllowed",
            buyAndBill,
            "siteOfCareRestriction",
            restriction,
            "siteOfCareToResolve",
            true));
  }

  void siteOfCareResolvedAs(long episodeId, Map<String, Object> answers, Map<String, Object> job) {
    context.mockJobWorker("apply-site-of-care-resolution").thenComplete(job);
    assertThat(UserTaskSelectors.byElementId("Task_ResolveSiteOfCare")).hasCandidateGroup("intake");
    context.completeUserTask("Task_ResolveSiteOfCare", answers);
  }

  @Test
  void medicareAtHomeIsNotBuyAndBillSoACoordinatorResolvesTheSiteOfCare() {
    // issue 14 item 2: buyAndBillAllowed = false (Medicare Part B at home) was stored and ignored;
    // the PA ran and the therapy became active as buy-and-bill
    benefitsVerifiedNotAtThisSite(false, "HOME_INFUSION_NOT_PART_B_BUY_AND_BILL");
    authorizationObtained("APPROVED");
    var episode = referral(111);

    assertThat(episode)
        .hasActiveElements("Task_ResolveSiteOfCare")
        .hasNotActivatedElements("Task_ObtainPriorAuthorization");

    siteOfCareResolvedAs(
        111,
        Map.of("siteOfCareResolution", "WHITE_BAG"),
        Map.of("siteOfCare", "HOME", "siteOfCareException", false));

    assertThat(episode)
        .hasCompletedElements("Task_ApplySiteOfCareResolution", "Task_ActivateTherapy")
        .hasNotActivatedElements("Task_ObtainPriorAuthorization")
        .isWaitingForMessage("Message_TherapyEnded", "111");
  }

  @Test
  void aSiteOfCareExceptionGoesIntoThePriorAuthorization() {
    benefitsVerifiedNotAtThisSite(true, "SITE_OF_CARE_EXCEPTION_REQUIRED");
    authorizationObtained("APPROVED");
    var episode = referral(112);
    assertThat(episode).hasActiveElements("Task_ResolveSiteOfCare");

    siteOfCareResolvedAs(
        112,
        Map.of("siteOfCareResolution", "EXCEPTION", "exceptionReason", "prior reaction"),
        Map.of("siteOfCare", "HOSPITAL_OUTPATIENT", "siteOfCareException", true));

    assertThat(episode)
        .hasCompletedElements(
            "Gateway_ObtainPriorAuthorization",
            "Task_ObtainPriorAuthorization",
            "Task_ActivateTherapy")
        .hasVariable("siteOfCareException", true);
  }

  @Test
  void aNewSiteOfCareIsVerifiedAgainAndAClosedOneEndsTheEpisode() {
    benefitsVerifiedNotAtThisSite(true, "SITE_OF_CARE_EXCEPTION_REQUIRED");
    var episode = referral(113);
    assertThat(episode).hasActiveElements("Task_ResolveSiteOfCare");

    siteOfCareResolvedAs(
        113,
        Map.of("siteOfCareResolution", "CHANGE_SITE", "newSiteOfCare", "OFFICE"),
        Map.of("siteOfCare", "OFFICE", "siteOfCareException", false));

    // the mocked verification answers the same: the coordinator is asked again, and closes
    assertThat(episode)
        .hasVariable("siteOfCare", "OFFICE")
        .hasCompletedElement("Task_VerifyBenefits", 2)
        .hasActiveElements("Task_ResolveSiteOfCare");
    context.completeUserTask("Task_ResolveSiteOfCare", Map.of("siteOfCareResolution", "CLOSE"));

    assertThat(episode)
        .isCompleted()
        .hasCompletedElements("Task_CloseEpisode")
        .hasNotActivatedElements("Task_ObtainPriorAuthorization", "Task_ActivateTherapy");
  }

  void requestVisit(long episodeId, long visitId) {
    client
        .newPublishMessageCommand()
        .messageName("Message_InfusionVisitRequested")
        .correlationKey(String.valueOf(episodeId))
        .messageId("visit-requested-" + visitId)
        .variables(Map.of("visitId", visitId))
        .send()
        .join();
  }

  @Test
  void eachScheduledVisitStartsItsInfusionVisitWhileTheTherapyRuns() {
    benefitsVerifiedAs("MEDICAL_BENEFIT");
    authorizationObtained("APPROVED");
    context.mockJobWorker("start-infusion-visit").thenComplete();
    var episode = referral(108);
    assertThat(episode).isWaitingForMessage("Message_TherapyEnded", "108");

    requestVisit(108, 1001);
    requestVisit(108, 1002);

    assertThat(episode)
        .hasCompletedElement("Task_StartInfusionVisit", 2)
        .hasCompletedElement("Event_InfusionVisitStarted", 2)
        .isWaitingForMessage("Message_TherapyEnded", "108");
  }
}
