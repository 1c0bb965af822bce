package com.infusionbilling.authorization;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code AuthorizationMonitoring}, one instance per approved authorization: a renewal starts at the
 * payer's lead time before the end date, when units run low, or when the therapy changes; a lapse
 * escalates to the authorization team; therapy ending ends the monitoring. Re-verification and the
 * renewal's submission are mocked child processes; jobs are mocked.
 */
@ProcessTest
class AuthorizationMonitoringProcessTest {
  static final long AUTHORIZATION = 500;
  static final long EPISODE = 50;

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  Instant renewalDue;
  Instant ends;

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/AuthorizationMonitoring.bpmn",
        "forms/attach-clinical-response.form",
        "forms/resolve-lapsed-authorization.form",
        "forms/resolve-coverage.form");
    Instant now = context.getCurrentTime();
    renewalDue = now.plus(Duration.ofDays(10));
    ends = now.plus(Duration.ofDays(31));
    context
        .mockJobWorker("plan-authorization-renewal")
        .thenComplete(
            Map.of("renewalDueAt", renewalDue.toString(), "authorizationEndsAt", ends.toString()));
    context.mockJobWorker("start-authorization-monitoring").thenComplete();
    context.mockJobWorker("flag-lapsed-authorization").thenComplete();
    context.mockChildProcess("BenefitVerification", Map.of("coverageOutcome", "MEDICAL_BENEFIT"));
    context.mockChildProcess(
        "PriorAuthorization", Map.of("authorizationId", 501, "authorizationStatus", "APPROVED"));
  }

  void authorizationApproved() {
    client
        .newPublishMessageCommand()
        .messageName("Message_AuthorizationApproved")
        .correlationKey(String.valueOf(AUTHORIZATION))
        .variables(
            Map.of(
                "authorizationId", AUTHORIZATION,
                "episodeId", EPISODE,
                "payerId", "COMMERCIAL_SUMMIT",
                "hcpcs", "J3380",
                "siteOfCare", "OFFICE",
                "primaryDiagnosis", "K51.90"))
        .send()
        .join();
  }

  static io.camunda.process.test.api.assertions.ProcessInstanceAssert monitoring() {
    return assertThat(ProcessInstanceSelectors.byProcessId("AuthorizationMonitoring"));
  }

  void publish(String message, long key) {
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey(String.valueOf(key))
        .send()
        .join();
  }

  @Test
  void renewalStartsByItsTimerAndTheRenewedAuthorizationIsMonitoredInTurn() {
    authorizationApproved();
    monitoring()
        .hasCompletedElements("Event_AuthorizationApproved", "Task_PlanRenewal")
        .hasActiveElements("Gateway_RenewalTrigger")
        .isWaitingForMessage("Message_AuthorizationUnitsLow", String.valueOf(AUTHORIZATION))
        .isWaitingForMessage("Message_TherapyChanged", String.valueOf(EPISODE))
        .isWaitingForMessage("Message_TherapyEnded", String.valueOf(EPISODE));

    context.increaseTime(Duration.ofDays(11));

    monitoring()
        .hasCompletedElements("Event_RenewalDue", "Task_ReverifyBenefits")
        .hasActiveElements("Task_AttachClinicalResponse")
        .hasVariable("renewalTrigger", "END_DATE_NEAR");
    assertThat(UserTaskSelectors.byElementId("Task_AttachClinicalResponse"))
        .hasCandidateGroup("authorization");

    context.completeUserTask(
        "Task_AttachClinicalResponse",
        Map.of(
            "responseToTherapy", "REMISSION",
            "continuationOrdered", true,
            "clinicalResponseReference", "DOC-R1"));

    monitoring()
        .isCompleted()
        .hasCompletedElements(
            "Task_AttachClinicalResponse",
            "Task_SubmitRenewal",
            "Sub_RenewAuthorization",
            "Gateway_Renewed",
            "Task_StartRenewedMonitoring",
            "Event_AuthorizationRenewed")
        .hasVariable("renewedAuthorizationId", 501)
        .hasNotActivatedElements("Task_FlagLapsedAuthorization");
  }

  @Test
  void renewalStartsWhenUnitsRunLow() {
    authorizationApproved();
    monitoring().isWaitingForMessage("Message_AuthorizationUnitsLow");

    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);

    monitoring()
        .hasCompletedElements("Event_UnitsLow")
        .hasActiveElements("Task_AttachClinicalResponse")
        .hasVariable("renewalTrigger", "UNITS_LOW");
  }

  @Test
  void renewalStartsWhenTheTherapyChanges() {
    authorizationApproved();
    monitoring().isWaitingForMessage("Message_TherapyChanged");

    publish("Message_TherapyChanged", EPISODE);

    monitoring()
        .hasCompletedElements("Event_TherapyChanged")
        .hasActiveElements("Task_AttachClinicalResponse")
        .hasVariable("renewalTrigger", "THERAPY_CHANGED");
  }

  @Test
  void anAuthorizationThatLapsesDuringItsRenewalIsFlaggedAndEscalated() {
    authorizationApproved();
    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);
    monitoring().hasActiveElements("Task_AttachClinicalResponse");

    context.increaseTime(Duration.ofDays(32));

    monitoring()
        .hasCompletedElements("Event_AuthorizationLapsed", "Task_FlagLapsedAuthorization")
        .hasActiveElements("Task_ResolveLapsedAuthorization", "Task_AttachClinicalResponse");
    assertThat(UserTaskSelectors.byElementId("Task_ResolveLapsedAuthorization"))
        .hasCandidateGroup("authorization");
  }

  @Test
  void discontinuingTheTherapyEndsTheMonitoring() {
    authorizationApproved();
    monitoring().hasActiveElements("Gateway_RenewalTrigger");

    client
        .newPublishMessageCommand()
        .messageName("Message_TherapyEnded")
        .correlationKey(String.valueOf(EPISODE))
        .variables(Map.of("endReason", "DISCONTINUED"))
        .send()
        .join();

    monitoring()
        .isCompleted()
        .hasCompletedElements("Event_TherapyEnded", "Event_MonitoringEnded")
        .hasNotActivatedElements("Event_RenewalDue")
        .hasNotActivatedElements("Sub_RenewAuthorization");
  }

  @Test
  void discontinuingTheTherapyDuringARenewalEndsItToo() {
    authorizationApproved();
    publish("Message_TherapyChanged", EPISODE);
    monitoring().hasActiveElements("Task_AttachClinicalResponse");

    publish("Message_TherapyEnded", EPISODE);

    monitoring()
        .isCompleted()
        .hasTerminatedElements("Task_AttachClinicalResponse", "Sub_RenewAuthorization")
        .hasCompletedElements("Event_TherapyEndedDuringRenewal", "Event_RenewalCancelled");
  }

  /** A PriorAuthorization stand-in that ends as the real one does after a refused renewal. */
  void renewalRefused() {
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
  }

  void attachClinicalResponse() {
    context.completeUserTask(
        "Task_AttachClinicalResponse",
        Map.of(
            "responseToTherapy", "REMISSION",
            "continuationOrdered", true,
            "clinicalResponseReference", "DOC-R2"));
  }

  @Test
  void aRefusedRenewalKeepsMonitoringUntilTheEndDateAndFlagsTheLapse() {
    // issue 14 item 6: the refused renewal ended the monitoring ("Renewal not obtained") and the
    // authorization's end passed unflagged, so doses could still be scheduled after it
    renewalRefused();
    authorizationApproved();
    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);
    attachClinicalResponse();

    monitoring()
        .hasCompletedElements("Error_RenewalNotAuthorized", "Gateway_LapseFlagged")
        .hasActiveElements("Gateway_UntilAuthorizationEnds")
        .hasNotActivatedElements("Task_FlagLapsedAuthorization");

    context.increaseTime(Duration.ofDays(32));

    monitoring()
        .hasCompletedElements("Event_AuthorizationEnds", "Task_FlagLapsedAuthorization")
        .hasActiveElements("Task_ResolveLapsedAuthorization");
  }

  @Test
  void aLapseFlaggedDuringTheRenewalIsNotFlaggedAgainWhenTheRenewalIsRefused() {
    renewalRefused();
    authorizationApproved();
    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);
    monitoring().hasActiveElements("Task_AttachClinicalResponse");
    context.increaseTime(Duration.ofDays(32));
    monitoring().hasActiveElements("Task_ResolveLapsedAuthorization");

    attachClinicalResponse();

    monitoring()
        .hasCompletedElements("Error_RenewalNotAuthorized", "Event_LapseAlreadyFlagged")
        .hasCompletedElement("Task_FlagLapsedAuthorization", 1)
        .hasNotActivatedElements("Event_AuthorizationEnds");
  }

  @Test
  void aRenewalWhosePriorAuthorizationIsNoLongerRequiredSkipsTheClinicalResponse() {
    // issue 14 item 6: the renewal went from re-verification straight to "Attach clinical
    // response" whatever the new 271 said
    context.mockChildProcess(
        "BenefitVerification",
        Map.of("coverageOutcome", "MEDICAL_BENEFIT", "paRequiredByPayer", false));
    context.mockChildProcess(
        "PriorAuthorization",
        Map.of("authorizationId", 502, "authorizationStatus", "NOT_REQUIRED"));
    authorizationApproved();

    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);

    monitoring()
        .isCompleted()
        .hasCompletedElements("Gateway_RenewalCoverage", "Task_SubmitRenewal")
        .hasCompletedElements("Event_NoAuthorizationToMonitor")
        .hasNotActivatedElements("Task_AttachClinicalResponse", "Task_StartRenewedMonitoring");
  }

  @Test
  void coverageInactiveOnTheNew271GoesToIntakeAndAnUnresolvedOneLapsesAtTheEndDate() {
    context.mockChildProcess("BenefitVerification", Map.of("coverageOutcome", "INACTIVE"));
    context.mockJobWorker("apply-coverage-resolution").thenComplete(Map.of("payerId", "X"));
    authorizationApproved();
    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);

    monitoring()
        .hasActiveElements("Task_ResolveRenewalCoverage")
        .hasNotActivatedElements("Task_AttachClinicalResponse");
    assertThat(UserTaskSelectors.byElementId("Task_ResolveRenewalCoverage"))
        .hasCandidateGroup("intake");

    context.completeUserTask("Task_ResolveRenewalCoverage", Map.of("coverageResolution", "CLOSE"));

    monitoring()
        .hasCompletedElements("Task_ApplyRenewalCoverageResolution", "Event_CoverageNotRenewed")
        .hasNotActivatedElements("Task_SubmitRenewal")
        .hasActiveElements("Gateway_UntilAuthorizationEnds");
  }

  /**
   * Issue 14 item 6: the renewal's 271 says the drug moved to the pharmacy benefit (a carve-out):
   * the renewal goes to intake like a first verification instead of asking for a clinical response;
   * an alternate payer found there is verified again, and under its medical benefit the renewal
   * asks for the clinical response.
   */
  @Test
  void aPharmacyCarveOutOnTheNew271GoesToIntakeAndAnAlternatePayerIsVerifiedAgain() {
    context.mockChildProcess("BenefitVerification", Map.of("coverageOutcome", "PHARMACY_BENEFIT"));
    context
        .mockJobWorker("apply-coverage-resolution")
        .thenComplete(Map.of("payerId", "COMMERCIAL_ACME"));
    authorizationApproved();
    publish("Message_AuthorizationUnitsLow", AUTHORIZATION);

    monitoring()
        .hasActiveElements("Task_ResolveRenewalCoverage")
        .hasNotActivatedElements("Task_AttachClinicalResponse");
    assertThat(UserTaskSelectors.byElementId("Task_ResolveRenewalCoverage"))
        .hasCandidateGroup("intake");

    // the alternate payer covers the drug under its medical benefit, with prior authorization
    context.mockChildProcess(
        "BenefitVerification",
        Map.of("coverageOutcome", "MEDICAL_BENEFIT", "paRequiredByPayer", true));
    context.completeUserTask(
        "Task_ResolveRenewalCoverage", Map.of("coverageResolution", "ALTERNATE_PAYER"));

    monitoring()
        .hasCompletedElements("Task_ApplyRenewalCoverageResolution")
        .hasCompletedElement("Task_ReverifyBenefits", 2)
        .hasActiveElements("Task_AttachClinicalResponse")
        .hasNotActivatedElements("Event_CoverageNotRenewed");
  }
}
