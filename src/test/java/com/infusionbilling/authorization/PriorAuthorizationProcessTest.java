package com.infusionbilling.authorization;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code PriorAuthorization} with the real decisions (PA requirement, documentation checklist, SLA
 * targets) and mocked workers: not required, approved, portal submission, pended then approved,
 * partial approval, denial then appeal, SLA escalation and follow-up, and renewal requests. The
 * denial that ends in a BPMN error is shown caught by the episode in TherapyEpisodeProcessTest.
 */
@ProcessTest
class PriorAuthorizationProcessTest {
  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  int submissions;

  /** The variables each "Open appeal" of a PA appeal saw (the level rule among them). */
  static final List<Map<String, Object>> appealsOpened = new CopyOnWriteArrayList<>();

  /** How many 278s "Send authorization request" sent. */
  static final AtomicInteger sent = new AtomicInteger();

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/PriorAuthorization.bpmn",
        "bpmn/Decision_PaRequirement.dmn",
        "bpmn/Decision_DocumentationChecklist.dmn",
        "bpmn/Decision_SlaTargets.dmn",
        "forms/collect-clinical-documentation.form",
        "forms/submit-on-payer-portal.form",
        "forms/follow-up-with-payer.form",
        "forms/review-partial-approval.form",
        "forms/provide-additional-information.form",
        "forms/decide-on-denial.form",
        "forms/record-peer-to-peer-outcome.form",
        // a PA appeal is an AppealCase (issue 17 item 5), run for real with its jobs mocked
        "bpmn/AppealCase.bpmn",
        "bpmn/Decision_AppealLevels.dmn",
        "forms/review-and-submit-appeal.form",
        "forms/appeal-deadline-missed.form",
        "forms/follow-up-appeal-decision.form");
    appealsOpened.clear();
    sent.set(0);
    context
        .mockJobWorker("open-appeal")
        .withHandler(
            (jobs, job) -> {
              var v = job.getVariablesAsMap();
              appealsOpened.add(v);
              Instant deadline = context.getCurrentTime().plus(Duration.ofDays(60));
              int level = ((Number) v.get("appealLevel")).intValue();
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "appealId", 500 + level,
                          "appealKey", "appeal-" + (500 + level),
                          "appealDueAt", deadline.toString(),
                          "escalateAt14", deadline.minus(Duration.ofDays(14)).toString(),
                          "escalateAt3", deadline.minus(Duration.ofDays(3)).toString(),
                          "deadlineAt", deadline.toString()))
                  .send()
                  .join();
            });
    context.mockJobWorker("generate-appeal-letter").thenComplete(Map.of("appealLetterUrl", "/x"));
    context
        .mockJobWorker("record-appeal-forwarding")
        .thenComplete(
            Map.of(
                "decisionFollowUpAt",
                context.getCurrentTime().plus(Duration.ofDays(30)).toString()));
    context
        .mockJobWorker("record-appeal-submission")
        .thenComplete(
            Map.of(
                "decisionFollowUpAt",
                context.getCurrentTime().plus(Duration.ofDays(30)).toString()));
    context
        .mockJobWorker("record-appeal-decision")
        .withHandler(
            (jobs, job) -> {
              var v = job.getVariablesAsMap();
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "appealOutcome",
                          v.get("appealOutcome"),
                          "appealLevel",
                          ((Number) v.get("appealLevel")).intValue() + 1,
                          "decisionDate",
                          "2026-12-20"))
                  .send()
                  .join();
            });
    context
        .mockJobWorker("open-authorization-request")
        .thenComplete(Map.of("authorizationRequestId", 31, "submissionCount", 0));
    context.mockJobWorker("record-clinical-documentation").thenComplete();
    context
        .mockJobWorker("send-authorization-request")
        .withHandler(
            (jobClient, job) -> {
              int count = ((Number) job.getVariablesAsMap().get("submissionCount")).intValue() + 1;
              sent.incrementAndGet();
              jobClient
                  .newCompleteCommand(job)
                  .variables(Map.of("submissionCount", count))
                  .send()
                  .join();
            });
    context
        .mockJobWorker("record-authorization")
        .thenComplete(Map.of("authorizationId", 41, "authorizationStatus", "APPROVED"));
    context
        .mockJobWorker("record-authorization-not-required")
        .thenComplete(Map.of("authorizationId", 42, "authorizationStatus", "NOT_REQUIRED"));
  }

  ProcessInstanceEvent request(String payerId, String hcpcs, boolean payerSaysRequired) {
    return request(payerId, hcpcs, payerSaysRequired, "INITIAL");
  }

  ProcessInstanceEvent request(
      String payerId, String hcpcs, boolean payerSaysRequired, String requestType) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("PriorAuthorization")
        .latestVersion()
        .variables(
            Map.of(
                "episodeId",
                3,
                "payerId",
                payerId,
                // what open-authorization-request returns from the payer catalogue
                "payerType",
                PAYER_TYPES.get(payerId),
                "hcpcs",
                hcpcs,
                "siteOfCare",
                "OFFICE",
                "primaryDiagnosis",
                "K50.90",
                "paRequiredByPayer",
                payerSaysRequired,
                "requestType",
                requestType))
        .send()
        .join();
  }

  void payerDecides(String decision) {
    client
        .newPublishMessageCommand()
        .messageName("Message_AuthorizationDecisionReceived")
        .correlationKey("31")
        .variables(
            Map.of(
                "decision", decision,
                "certificationNumber", "SBX-9",
                "approvedUnits", 300,
                "approvedFrom", "2026-12-01",
                "approvedTo", "2027-03-08"))
        .send()
        .join();
  }

  static final Map<String, String> PAYER_TYPES =
      Map.of(
          "COMMERCIAL_ACME", "COMMERCIAL",
          "COMMERCIAL_SUMMIT", "COMMERCIAL",
          "MEDICAID_EXAMPLE", "MEDICAID",
          "MEDICARE_PART_B", "MEDICARE_PART_B",
          "MEDICARE_ADVANTAGE_EXAMPLE", "MEDICARE_ADVANTAGE");

  static final Map<String, Object> INFLIXIMAB_DOCUMENTS =
      Map.of(
          "confirmedDiagnosisAttached", true,
          "confirmedDiagnosisCode", "K50.90",
          "treatmentHistoryAttached", true,
          "failedAlternativesAttached", true,
          "failedAlternativesCount", 2,
          "treatmentPlanAttached", true,
          "labsAttached", true,
          "labsCollectedOn", "2026-11-20",
          "documentReference", "DOC-1");

  @Test
  void happyPathDocumentationThen278ThenApproved() {
    var instance = request("COMMERCIAL_ACME", "J1745", true);

    assertThat(instance)
        .hasActiveElements("Task_CollectClinicalDocumentation")
        .hasVariable(
            "documentationChecklist",
            Map.of(
                "confirmedDiagnosis", true,
                "treatmentHistory", true,
                "failedAlternatives", true,
                "treatmentPlan", true,
                "labs", true));
    assertThat(UserTaskSelectors.byElementId("Task_CollectClinicalDocumentation"))
        .hasCandidateGroup("authorization");

    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    assertThat(instance)
        .hasCompletedElements("Task_RecordClinicalDocumentation", "Task_SendAuthorizationRequest")
        .hasVariable("slaTargets", Map.of("reminderAfter", "P15D", "followUpAfter", "P20D"))
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31")
        .hasVariable("submissionCount", 1);

    payerDecides("APPROVED");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_RecordAuthorization", "Event_AuthorizationApproved")
        .hasVariable("authorizationId", 41)
        .hasNotActivatedElements("Task_SubmitOnPayerPortal", "Task_NotifyManagers");
  }

  @Test
  void noPriorAuthorizationNeededIsRecordedWithThePayerReference() {
    var instance = request("MEDICARE_PART_B", "J2350", false);

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_RecordNoAuthorizationRequired", "Event_NoAuthorizationRequired")
        .hasVariable("authorizationStatus", "NOT_REQUIRED")
        .hasNotActivatedElements("Task_CollectClinicalDocumentation");
  }

  @Test
  void aPayerWithoutAnElectronicChannelGetsAPortalSubmissionTask() {
    context.mockJobWorker("record-portal-submission").thenComplete(Map.of("submissionCount", 1));
    var instance = request("MEDICAID_EXAMPLE", "J1569", true);
    context.completeUserTask(
        "Task_CollectClinicalDocumentation",
        Map.of(
            "confirmedDiagnosisAttached", true,
            "treatmentHistoryAttached", true,
            "treatmentPlanAttached", true,
            "labsAttached", true,
            "documentReference", "DOC-2"));

    assertThat(instance).hasActiveElements("Task_SubmitOnPayerPortal");
    context.completeUserTask(
        "Task_SubmitOnPayerPortal",
        Map.of("portalReference", "MCD-7781", "portalSubmittedOn", "2026-11-27"));

    assertThat(instance)
        .hasCompletedElements("Task_RecordPortalSubmission")
        .hasNotActivatedElements("Task_SendAuthorizationRequest")
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");
    payerDecides("APPROVED");
    assertThat(instance).isCompleted().hasCompletedElements("Event_AuthorizationApproved");
  }

  void additionalInformationIsRecordedByRound() {
    context
        .mockJobWorker("record-additional-information")
        .withHandler(
            (jobClient, job) -> {
              Object rounds = job.getVariablesAsMap().get("informationRounds");
              int next = (rounds == null ? 0 : ((Number) rounds).intValue()) + 1;
              jobClient
                  .newCompleteCommand(job)
                  .variables(Map.of("informationRounds", next))
                  .send()
                  .join();
            });
    context.mockJobWorker("escalate-pended-authorization").thenComplete();
  }

  void answerOnThePayersReference(int round) {
    context.completeUserTask(
        "Task_ProvideAdditionalInformation",
        Map.of(
            "informationChannel",
            "X12_275",
            "additionalInformationAttached",
            true,
            "documentReference",
            "DOC-3" + round));
  }

  @Test
  void pendedIsAnsweredOnThePayersReferenceNotWithANew278() {
    // issue 14 item 4: the answer to A4 was a brand-new 278 (submission 2, a new trace)
    additionalInformationIsRecordedByRound();
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    payerDecides("PENDED");

    assertThat(instance).hasActiveElements("Task_ProvideAdditionalInformation");
    answerOnThePayersReference(1);

    assertThat(instance)
        .hasCompletedElements("Task_RecordAdditionalInformation")
        .hasCompletedElement("Task_SendAuthorizationRequest", 1)
        .hasVariable("submissionCount", 1)
        .hasVariable("informationRounds", 1)
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");
    payerDecides("APPROVED");
    assertThat(instance).isCompleted().hasCompletedElements("Event_AuthorizationApproved");
  }

  @Test
  void aReviewStillPendedAfterThreeRoundsIsEscalatedAndNeverClosedByItself() {
    // issue 14 items 4 and 11: after 3 submissions the request ended THERAPY_NOT_AUTHORIZED and
    // the episode closed on its own
    additionalInformationIsRecordedByRound();
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    for (int round = 1; round <= 3; round++) {
      payerDecides("PENDED");
      assertThat(instance).hasActiveElements("Task_ProvideAdditionalInformation");
      answerOnThePayersReference(round);
      assertThat(instance).hasVariable("informationRounds", round);
    }
    assertThat(instance).hasNotActivatedElements("Task_EscalatePendedAuthorization");

    payerDecides("PENDED");

    assertThat(instance)
        .isActive()
        .hasCompletedElements("Task_EscalatePendedAuthorization")
        .hasActiveElements("Task_ProvideAdditionalInformation")
        .hasCompletedElement("Task_SendAuthorizationRequest", 1);
  }

  @Test
  void hcrNaIsRecordedAsNotRequiredWithThePayersReference() {
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    client
        .newPublishMessageCommand()
        .messageName("Message_AuthorizationDecisionReceived")
        .correlationKey("31")
        .variables(Map.of("decision", "NOT_REQUIRED", "payerReference", "SBXR42"))
        .send()
        .join();

    // before issue 14, NA was ignored and the request waited for the follow-up timer
    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_RecordNoAuthorizationRequired", "Event_NoAuthorizationRequired")
        .hasVariable("payerReference", "SBXR42")
        .hasVariable("authorizationStatus", "NOT_REQUIRED")
        .hasNotActivatedElements("Task_FollowUpWithPayer", "Task_DecideOnDenial");
  }

  @Test
  void aPartialApprovalIsReviewedAndAccepted() {
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    payerDecides("PARTIAL");

    assertThat(instance).hasActiveElements("Task_ReviewPartialApproval");
    context.completeUserTask(
        "Task_ReviewPartialApproval", Map.of("partialApprovalAction", "ACCEPT"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_RecordAuthorization", "Event_AuthorizationApproved")
        .hasVariable("submissionCount", 1);
  }

  /** Partially approved (HCR01 A2/A6, decided on 2026-12-02), and the reviewer appeals. */
  void partiallyApprovedAndAppealed(ProcessInstanceEvent instance) {
    context
        .mockJobWorker("record-partial-approval-appeal")
        .thenComplete(Map.of("partialDecidedOn", "2026-12-02", "appealExpedited", false));
    payerDecides("PARTIAL");
    assertThat(instance).hasActiveElements("Task_ReviewPartialApproval");
    context.completeUserTask(
        "Task_ReviewPartialApproval",
        Map.of("partialApprovalAction", "APPEAL", "appealDocumentReference", "DOC-2026-0042"));
  }

  /**
   * The appeal of a partial approval went back through "Request to submit" and sent a second 278
   * for the same service; it is a filing on the payer's appeal channel (AppealCase, kind PA) with
   * its deadline from the partial decision, and the overturn is awaited on the same request.
   */
  @Test
  void aPartialApprovalIsAppealedThroughAppealCaseNotASecond278() {
    var current = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    partiallyApprovedAndAppealed(current);

    assertThat(current)
        .hasCompletedElements("Task_RecordPartialApprovalAppeal")
        .hasActiveElements("Task_AppealPartialApproval")
        .hasCompletedElement("Task_SendAuthorizationRequest", 1);
    assertThat(UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal"))
        .isCreated()
        .hasCandidateGroup("appeals");
    assertThat(appealsOpened).hasSize(1);
    assertThat(appealsOpened.get(0))
        .containsEntry("appealKind", "PA")
        .containsEntry("appealLevel", 1)
        .containsEntry("decisionDate", "2026-12-02")
        .containsEntry("authorizationRequestId", 31);
    assertThat(rule(appealsOpened.get(0))).containsEntry("deadlinePeriod", "P180D");

    appealSubmitted();
    payerDecidesAppeal(1, "OVERTURNED");

    assertThat(current)
        .hasCompletedElements("Task_AppealPartialApproval")
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");
    payerDecides("APPROVED");
    assertThat(current).isCompleted().hasCompletedElements("Event_AuthorizationApproved");
    assertThat(sent.get()).as("the appeal sent no second 278").isEqualTo(1);
  }

  /**
   * Upheld on internal appeal and on external review (no further level): the partial approval
   * stands and is recorded as the authorization, not "therapy not authorized".
   */
  @Test
  void anUpheldPartialApprovalAppealRecordsThePartialApproval() {
    var current = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    partiallyApprovedAndAppealed(current);
    appealSubmitted();
    payerDecidesAppeal(1, "UPHELD");
    appealSubmitted();
    payerDecidesAppeal(2, "UPHELD");

    assertThat(current)
        .isCompleted()
        .hasCompletedElements(
            "Task_AppealPartialApproval", "Task_RecordAuthorization", "Event_AuthorizationApproved")
        .hasVariable("decision", "PARTIAL")
        .hasNotActivatedElements("Event_TherapyNotAuthorized");
    assertThat(sent.get()).isEqualTo(1);
  }

  /** Denied, and the peer-to-peer leaves the denial standing (decided on 2026-12-01). */
  void deniedAndUpheldByPeerToPeer(boolean expedited) {
    payerDecides("DENIED");
    // the prescriber's peer-to-peer with the payer's reviewer comes first (issue 14 item 5)
    context
        .mockJobWorker("apply-peer-to-peer-outcome")
        .thenComplete(Map.of("denialDecidedOn", "2026-12-01", "appealExpedited", expedited));
    context.completeUserTask(
        "Task_RecordPeerToPeerOutcome",
        Map.of("peerToPeerOutcome", "UPHELD", "peerToPeerOn", "2026-12-01"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> rule(Map<String, Object> opened) {
    return (Map<String, Object>) opened.get("appealLevelRule");
  }

  void appealSubmitted() {
    context.completeUserTask(
        "Task_ReviewAndSubmitAppeal",
        Map.of(
            "policyReference", "Acme policy RX-104",
            "attachments", List.of("ADMINISTRATION_RECORD"),
            "appealChannel", "PORTAL",
            "submittedOn", context.getCurrentTime().toString().substring(0, 10),
            "trackingNumber", "APL-31"));
  }

  void payerDecidesAppeal(int level, String outcome) {
    client
        .newPublishMessageCommand()
        .messageName("AppealDecision")
        .correlationKey("appeal-" + (500 + level))
        .variables(Map.of("appealOutcome", outcome))
        .send()
        .join();
  }

  /**
   * Issue 17 item 5: the appeal of a denied PA is AppealCase with the PA levels (commercial
   * internal appeal, 180 days from the denial), not a resent 278; overturned, the request waits for
   * the payer's authorization on the same request.
   */
  @Test
  void aDenialIsAppealedThroughAppealCaseAndTheOverturnAwaitsThePayersAuthorization() {
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    deniedAndUpheldByPeerToPeer(false);

    assertThat(instance).hasActiveElements("Task_DecideOnDenial");
    context.completeUserTask("Task_DecideOnDenial", Map.of("denialAction", "APPEAL"));

    assertThat(instance).hasActiveElements("Task_AppealAuthorizationDenial");
    assertThat(UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal"))
        .isCreated()
        .hasCandidateGroup("appeals");
    assertThat(appealsOpened).hasSize(1);
    Map<String, Object> opened = appealsOpened.get(0);
    assertThat(opened)
        .containsEntry("appealKind", "PA")
        .containsEntry("appealLevel", 1)
        .containsEntry("decisionDate", "2026-12-01")
        .containsEntry("payerType", "COMMERCIAL")
        .containsEntry("authorizationRequestId", 31);
    assertThat(rule(opened))
        .containsEntry("levelName", "Internal appeal (pre-service)")
        .containsEntry("deadlinePeriod", "P180D");

    appealSubmitted();
    payerDecidesAppeal(1, "OVERTURNED");

    assertThat(instance)
        .hasCompletedElements("Task_AppealAuthorizationDenial")
        .hasVariable("appealOutcome", "OVERTURNED")
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");
    payerDecides("APPROVED");
    assertThat(instance).isCompleted().hasCompletedElements("Event_AuthorizationApproved");
    assertThat(sent.get()).as("the appeal sent no new 278").isEqualTo(1);
  }

  /**
   * Medicare Advantage: an expedited request's appeal is an expedited reconsideration (decided in
   * 72 hours, 42 CFR 422.590(e)). Upheld, the plan forwards it to the Independent Review Entity
   * itself (42 CFR 422.592(a)): level 2 opens with nothing to file (no letter, no "Review and
   * submit appeal") and waits for the IRE's decision; before, the episode ended not authorized at
   * once. Upheld by the IRE too, with no further level the provider files for a PA, the therapy is
   * not authorized (THERAPY_NOT_AUTHORIZED, caught by the episode).
   */
  @Test
  void anUpheldMedicareAdvantageReconsiderationGoesToTheIreWithoutAFiling() {
    var instance = request("MEDICARE_ADVANTAGE_EXAMPLE", "J3380", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    deniedAndUpheldByPeerToPeer(true);
    context.completeUserTask("Task_DecideOnDenial", Map.of("denialAction", "APPEAL"));

    assertThat(UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal")).isCreated();
    assertThat(rule(appealsOpened.get(0)))
        .containsEntry("levelName", "Expedited plan reconsideration (Part B drug)")
        .containsEntry("deadlinePeriod", "P65D")
        .containsEntry("decisionPeriod", "PT72H");

    appealSubmitted();
    payerDecidesAppeal(1, "UPHELD");

    var appealCase = ProcessInstanceSelectors.byProcessId("AppealCase");
    assertThat(appealCase)
        .hasCompletedElements("Task_RecordPlanForwarding")
        .isWaitingForMessage("AppealDecision", "appeal-502")
        .hasCompletedElement("Task_ReviewAndSubmitAppeal", 1)
        .hasCompletedElement("Task_GenerateAppealLetter", 1);
    assertThat(appealsOpened).as("level 2 opened").hasSize(2);
    assertThat(appealsOpened.get(1)).containsEntry("appealLevel", 2);
    assertThat(rule(appealsOpened.get(1)))
        .containsEntry("levelName", "Independent review (IRE, expedited, forwarded by the plan)")
        .containsEntry("autoForwarded", true)
        .containsEntry("decisionPeriod", "PT72H");
    assertThat(instance).hasActiveElements("Task_AppealAuthorizationDenial");

    payerDecidesAppeal(2, "UPHELD");

    assertThat(instance)
        .hasCompletedElements("Task_AppealAuthorizationDenial")
        .hasVariable("appealOutcome", "UPHELD")
        .hasActiveIncidents();
    assertThat(appealsOpened).as("no level 3 for a PA appeal of this plan").hasSize(2);
    assertThat(sent.get()).isEqualTo(1);
  }

  /** The IRE overturns: the plan's authorization is awaited on the same request, no new 278. */
  @Test
  void aMedicareAdvantageDenialOverturnedByTheIreAwaitsThePlansAuthorization() {
    var instance = request("MEDICARE_ADVANTAGE_EXAMPLE", "J3380", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    deniedAndUpheldByPeerToPeer(false);
    context.completeUserTask("Task_DecideOnDenial", Map.of("denialAction", "APPEAL"));
    appealSubmitted();
    payerDecidesAppeal(1, "UPHELD");
    assertThat(ProcessInstanceSelectors.byProcessId("AppealCase"))
        .hasCompletedElements("Task_RecordPlanForwarding");
    assertThat(rule(appealsOpened.get(1)))
        .containsEntry("levelName", "Independent review (IRE, forwarded by the plan)")
        .containsEntry("decisionPeriod", "P7D");

    payerDecidesAppeal(2, "OVERTURNED");

    assertThat(instance)
        .hasVariable("appealOutcome", "OVERTURNED")
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");
    payerDecides("APPROVED");
    assertThat(instance).isCompleted().hasCompletedElements("Event_AuthorizationApproved");
    assertThat(sent.get()).isEqualTo(1);
  }

  @Test
  void theTurnaroundTargetEscalatesToManagersAndTheFollowUpTaskComesLater() {
    context.mockJobWorker("notify-managers-of-overdue-authorization").thenComplete();
    context.mockJobWorker("record-payer-decision").thenComplete();
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    assertThat(instance).isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");

    context.increaseTime(Duration.ofDays(16));

    assertThat(instance)
        .hasCompletedElements(
            "Event_TurnaroundTargetReached", "Task_NotifyManagers", "Event_ManagersNotified")
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31")
        .hasNotActivatedElements("Task_FollowUpWithPayer");

    context.increaseTime(Duration.ofDays(5));

    assertThat(instance)
        .hasActiveElements("Task_FollowUpWithPayer")
        .hasTerminatedElements("Task_ReceivePayerDecision");
    context.completeUserTask(
        "Task_FollowUpWithPayer",
        Map.of(
            "callReference", "CALL-22",
            "followUpOutcome", "DECISION_RECEIVED",
            "decision", "APPROVED",
            "certificationNumber", "ACME-5521",
            "approvedUnits", 6,
            "approvedFrom", "2026-12-01",
            "approvedTo", "2027-05-31"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_RecordPayerDecision", "Task_RecordAuthorization");
  }

  @Test
  void aRenewalSkipsTheDocumentationChecklistAndHasATighterTarget() {
    // issue 14: the RENEWAL row used to lose to Acme's own row (escalation at 15 days)
    var instance = request("COMMERCIAL_ACME", "J1745", true, "RENEWAL");

    assertThat(instance)
        .hasNotActivatedElements("Task_CollectClinicalDocumentation")
        .hasCompletedElements("Task_SendAuthorizationRequest")
        .hasVariable("slaTargets", Map.of("reminderAfter", "P7D", "followUpAfter", "P10D"));
  }

  @Test
  void aMedicareAdvantagePartBDrugRequestIsDueIn72Hours() {
    // 42 CFR 422.568(b)(3); the renewal of a Part B drug is a Part B drug request too
    var instance = request("MEDICARE_ADVANTAGE_EXAMPLE", "J3380", true, "RENEWAL");

    assertThat(instance)
        .hasCompletedElements("Task_SendAuthorizationRequest")
        .hasVariable("slaTargets", Map.of("reminderAfter", "PT72H", "followUpAfter", "PT76H"));
  }

  @Test
  void anExpeditedRequestFromTheDocumentationFormEscalatesAfter24Hours() {
    context.mockJobWorker("notify-managers-of-overdue-authorization").thenComplete();
    var instance = request("MEDICARE_ADVANTAGE_EXAMPLE", "J3380", true);
    var documents = new java.util.HashMap<>(INFLIXIMAB_DOCUMENTS);
    documents.put("expedited", true);
    documents.put(
        "expediteReason", "Active severe colitis; standard timeline risks hospitalization");
    context.completeUserTask("Task_CollectClinicalDocumentation", documents);

    // 42 CFR 422.572(a)(2): 24 hours for an expedited Part B drug request
    assertThat(instance)
        .hasVariable("slaTargets", Map.of("reminderAfter", "PT24H", "followUpAfter", "PT26H"))
        .isWaitingForMessage("Message_AuthorizationDecisionReceived", "31");

    context.increaseTime(Duration.ofHours(25));

    assertThat(instance)
        .hasCompletedElements("Task_NotifyManagers")
        .hasNotActivatedElements("Task_FollowUpWithPayer");
    context.increaseTime(Duration.ofHours(2));
    assertThat(instance).hasActiveElements("Task_FollowUpWithPayer");
  }

  @Test
  void aDenialWaitsForThePeerToPeerAndAnOverturnIsAnApproval() {
    // issue 14 item 5: "Decide on denial" came at once, and an overturn had no way in
    context
        .mockJobWorker("apply-peer-to-peer-outcome")
        .thenComplete(Map.of("decision", "APPROVED"));
    var instance = request("COMMERCIAL_ACME", "J1745", true);
    context.completeUserTask("Task_CollectClinicalDocumentation", INFLIXIMAB_DOCUMENTS);
    payerDecides("DENIED");

    assertThat(instance)
        .hasActiveElements("Task_RecordPeerToPeerOutcome")
        .hasNotActivatedElements("Task_DecideOnDenial");
    assertThat(UserTaskSelectors.byElementId("Task_RecordPeerToPeerOutcome"))
        .hasCandidateGroup("authorization");
    context.completeUserTask(
        "Task_RecordPeerToPeerOutcome",
        Map.of(
            "peerToPeerOutcome", "OVERTURNED",
            "peerToPeerOn", "2026-12-01",
            "certificationNumber", "P2P-77",
            "approvedUnits", 300,
            "approvedFrom", "2026-12-01",
            "approvedTo", "2027-03-08"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements(
            "Task_ApplyPeerToPeerOutcome",
            "Task_RecordAuthorization",
            "Event_AuthorizationApproved")
        .hasNotActivatedElements("Task_DecideOnDenial");
  }
}
