package com.infusionbilling.denial;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code DenialManagement}, one test per route of issue 17 item 3, with the real {@code
 * Decision_DenialRouting} and every worker mocked (the record worker answers with the decision's
 * route as the real one does): information only closes at once; the routed group works the denial;
 * a retro authorization approved rebills the claim; CO-16/M119 on Medicare is a new claim; CO-29 is
 * a manager's write-off and offers no appeal; a small non-drug write-off needs no approval; a
 * rejected write-off goes back to "Work denial"; an appeal overturned ends with the claim waiting
 * for payment, an upheld one in the write-off decision.
 */
@ProcessTest
@org.springframework.context.annotation.Import({
  com.infusionbilling.testing.EpisodeFixtures.class,
  com.infusionbilling.claim.SecondaryClaimFixtures.class
})
class DenialManagementProcessTest {
  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;
  @Autowired com.infusionbilling.claim.SecondaryClaimFixtures secondaryFixtures;
  @Autowired com.infusionbilling.claim.BillSecondaryPayerWorker billSecondaryPayer;
  @Autowired com.infusionbilling.claim.ClaimQueries claimQueries;

  final List<Long> started = new ArrayList<>();
  final AtomicInteger rebills = new AtomicInteger();
  final AtomicInteger writeOffs = new AtomicInteger();
  final AtomicInteger closes = new AtomicInteger();

  /** More start variables for the next {@link #start}. */
  final Map<String, Object> extraStartVariables = new HashMap<>();

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/DenialManagement.bpmn",
        "bpmn/Decision_DenialRouting.dmn",
        "bpmn/AppealCase.bpmn",
        "bpmn/Decision_AppealLevels.dmn",
        "forms/work-denial.form",
        "forms/request-retro-authorization.form",
        "forms/approve-write-off.form",
        "forms/review-and-submit-appeal.form",
        "forms/appeal-deadline-missed.form",
        "forms/follow-up-appeal-decision.form");
    rebills.set(0);
    writeOffs.set(0);
    closes.set(0);
    context
        .mockJobWorker("record-denial-routing")
        .withHandler(
            (jobs, job) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> r = (Map<String, Object>) job.getVariablesAsMap().get("routing");
              LocalDate due =
                  LocalDate.now().plusDays(((Number) r.get("deadlineDays")).longValue());
              Map<String, Object> out = new HashMap<>();
              out.put("routedAction", r.get("action"));
              out.put("workGroup", r.get("workGroup"));
              out.put("routingRule", r.get("rule"));
              out.put("workDeadline", due.toString());
              out.put("workDueAt", due + "T17:00:00Z");
              out.put("decisionDate", LocalDate.now().toString());
              jobs.newCompleteCommand(job).variables(out).send().join();
            });
    context.mockJobWorker("record-denial-work").thenComplete();
    context
        .mockJobWorker("close-denial")
        .withHandler(
            (jobs, job) -> {
              closes.incrementAndGet();
              jobs.newCompleteCommand(job).send().join();
            });
    context
        .mockJobWorker("rebill-claim")
        .withHandler(
            (jobs, job) -> {
              rebills.incrementAndGet();
              jobs.newCompleteCommand(job)
                  .variables(Map.of("rebilledClaimId", 99, "rebilledClaimVersion", 2))
                  .send()
                  .join();
            });
    context.mockJobWorker("record-retro-authorization").thenComplete();
    context
        .mockJobWorker("record-write-off")
        .withHandler(
            (jobs, job) -> {
              writeOffs.incrementAndGet();
              jobs.newCompleteCommand(job).variables(Map.of("writeOffId", 1)).send().join();
            });
  }

  @AfterEach
  void cancel() {
    extraStartVariables.clear();
    for (long key : started) {
      try {
        client.newCancelInstanceCommand(key).send().join();
      } catch (RuntimeException e) {
        // completed already
      }
    }
    started.clear();
  }

  long start(
      String group,
      String carc,
      List<String> rarcs,
      String payerType,
      String lineKind,
      boolean auth,
      double amount) {
    Map<String, Object> v = new HashMap<>();
    v.put("denialId", IDS.incrementAndGet());
    long claimId = IDS.incrementAndGet();
    v.put("claimId", claimId);
    v.put("claimKey", "claim-" + claimId + "-v1");
    v.put("episodeId", 7);
    v.put("groupCode", group);
    v.put("carc", carc);
    v.put("rarcs", rarcs);
    v.put("payerType", payerType);
    v.put("claimType", "837P");
    v.put("lineKind", lineKind);
    v.put("authorizationOnFile", auth);
    v.put("abnOnFile", false);
    v.put("jwJzOnLine", false);
    v.put("daysSinceService", 20);
    v.put("deniedAmount", amount);
    v.putAll(extraStartVariables);
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("DenialManagement")
            .latestVersion()
            .variables(v)
            .send()
            .join()
            .getProcessInstanceKey();
    started.add(key);
    return key;
  }

  static io.camunda.process.test.api.assertions.ProcessInstanceSelector byKey(long key) {
    return ProcessInstanceSelectors.byKey(key);
  }

  void work(long instance, String action, Map<String, Object> more) {
    Map<String, Object> v = new HashMap<>(more);
    v.put("denialAction", action);
    context.completeUserTask(UserTaskSelectors.byElementId("Task_WorkDenial", instance), v);
  }

  @Test
  void informationOnlyIsClosedWithoutATask() {
    long instance = start("CO", "45", List.of(), "COMMERCIAL", "DRUG", true, 120);

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_CloseDenial", "Event_DenialClosed")
        .hasNotActivatedElements("Task_WorkDenial");
    assertThat(closes.get()).isEqualTo(1);
  }

  @Test
  void co197WithoutAuthorizationGoesToAuthorizationAndAnApprovedRetroAuthorizationRebills() {
    long instance = start("CO", "197", List.of(), "COMMERCIAL", "DRUG", false, 3031.78);

    assertThat(byKey(instance)).hasActiveElements("Task_WorkDenial");
    assertThat(UserTaskSelectors.byElementId("Task_WorkDenial", instance))
        .hasCandidateGroup("authorization");
    work(instance, "RETRO_AUTH", Map.of());
    assertThat(UserTaskSelectors.byElementId("Task_RequestRetroAuthorization", instance))
        .isCreated()
        .hasCandidateGroup("authorization");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_RequestRetroAuthorization", instance),
        Map.of(
            "retroAuthorizationOutcome",
            "APPROVED",
            "retroAuthorizationNumber",
            "RA-2026-0042",
            "approvedUnits",
            37,
            "approvedFrom",
            LocalDate.now().minusDays(30).toString(),
            "approvedTo",
            LocalDate.now().plusDays(60).toString()));

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_RecordRetroAuthorization", "Task_RebillClaim", "Event_ClaimRebilled");
    assertThat(rebills.get()).isEqualTo(1);
  }

  @Test
  void aDeniedRetroAuthorizationLeadsToTheManagersWriteOffDecision() {
    long instance = start("CO", "198", List.of(), "COMMERCIAL", "DRUG", true, 800);
    work(instance, "RETRO_AUTH", Map.of());
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_RequestRetroAuthorization", instance),
        Map.of("retroAuthorizationOutcome", "DENIED"));

    assertThat(UserTaskSelectors.byElementId("Task_ApproveWriteOff", instance))
        .isCreated()
        .hasCandidateGroup("managers");
    assertThat(rebills.get()).isZero();
  }

  @Test
  void co16WithM119OnMedicareIsRebilledAsANewClaim() {
    long instance = start("CO", "16", List.of("M119"), "MEDICARE_PART_B", "DRUG", true, 400);

    assertThat(byKey(instance)).hasVariable("routedAction", "NEW_CLAIM");
    assertThat(UserTaskSelectors.byElementId("Task_WorkDenial", instance))
        .hasCandidateGroup("billing");
    work(instance, "NEW_CLAIM", Map.of());

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_RebillClaim", "Event_ClaimRebilled")
        .hasNotActivatedElements("Task_AppealDenial");
    assertThat(rebills.get()).isEqualTo(1);
  }

  @Test
  void co29IsAManagersWriteOffWithNoAppeal() {
    long instance = start("CO", "29", List.of("N211"), "MEDICARE_PART_B", "CLAIM", true, 4452);

    assertThat(byKey(instance)).hasVariable("routedAction", "WRITE_OFF");
    assertThat(UserTaskSelectors.byElementId("Task_WorkDenial", instance))
        .hasCandidateGroup("managers");
    work(instance, "WRITE_OFF", Map.of());
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ApproveWriteOff", instance),
        Map.of("writeOffDecision", "APPROVED", "writeOffReason", "CO-29: filed after the limit"));

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_RecordWriteOff", "Event_WrittenOff")
        .hasNotActivatedElements("Task_AppealDenial");
    assertThat(writeOffs.get()).isEqualTo(1);
  }

  @Test
  void aSmallWriteOffOfAnAdministrationLineNeedsNoApproval() {
    long instance = start("CO", "29", List.of(), "COMMERCIAL", "ADMINISTRATION", true, 96);
    work(instance, "WRITE_OFF", Map.of());

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_RecordWriteOff")
        .hasNotActivatedElements("Task_ApproveWriteOff");
  }

  @Test
  void aRejectedWriteOffIsWorkedAgain() {
    long instance = start("CO", "29", List.of(), "COMMERCIAL", "DRUG", true, 900);
    work(instance, "WRITE_OFF", Map.of());
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ApproveWriteOff", instance),
        Map.of("writeOffDecision", "REJECTED", "writeOffReason", "appeal it: the ABN is on file"));

    assertThat(byKey(instance)).hasActiveElements("Task_WorkDenial");
    assertThat(writeOffs.get()).isZero();
  }

  @Test
  void co97OnAnAdministrationLineGoesToCodingAndIsClosedOnceWorked() {
    long instance = start("CO", "97", List.of(), "COMMERCIAL", "ADMINISTRATION", true, 340);

    assertThat(UserTaskSelectors.byElementId("Task_WorkDenial", instance))
        .hasCandidateGroup("coding");
    work(instance, "CODING_REVIEW", Map.of("workNote", "96366 bundled: hydration line dropped"));

    assertThat(byKey(instance)).isCompleted().hasCompletedElements("Event_DenialClosed");
  }

  @Test
  void co109IsACoordinationOfBenefitsUpdateThatReverifiesBenefitsAndCloses() {
    context.mockChildProcess("BenefitVerification", Map.of("coverageOutcome", "MEDICAL_BENEFIT"));
    long instance = start("CO", "109", List.of(), "COMMERCIAL", "CLAIM", true, 3031.78);
    assertThat(UserTaskSelectors.byElementId("Task_WorkDenial", instance))
        .hasCandidateGroup("intake");
    work(instance, "COB_UPDATE", Map.of("workNote", "Secondary plan is primary since Jan 1"));

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_ReverifyBenefits", "Task_CloseDenial", "Event_DenialClosed")
        .hasVariable("coverageOutcome", "MEDICAL_BENEFIT");
    assertThat(closes.get()).isEqualTo(1);
    assertThat(rebills.get()).isZero();
  }

  void appealMocks(String outcome) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    context
        .mockJobWorker("open-appeal")
        .thenComplete(
            Map.of(
                "appealId", 5,
                "appealKey", "appeal-" + IDS.incrementAndGet(),
                "appealLevelName", "Redetermination (MAC)",
                "appealDeadline", now.plusDays(125).toLocalDate().toString(),
                "appealDueAt", now.plusDays(125).toString(),
                "escalateAt14", now.plusDays(111).toString(),
                "escalateAt3", now.plusDays(122).toString(),
                "deadlineAt", now.plusDays(126).toString()));
    context
        .mockJobWorker("generate-appeal-letter")
        .thenComplete(Map.of("appealLetterUrl", "/api/appeals/5/letter"));
    context
        .mockJobWorker("record-appeal-submission")
        .thenComplete(Map.of("decisionFollowUpAt", now.plusDays(80).toString()));
    context
        .mockJobWorker("record-appeal-decision")
        .thenComplete(Map.of("appealOutcome", outcome, "appealLevel", 2));
  }

  @Test
  void co50IsAppealedAndAnOverturnedAppealWaitsForThePaymentAndPostsIt() {
    long instance = overturnedAndPaid(4241, Map.of("postingOutcome", "PAID"));

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements(
            "Task_AppealDenial", "Task_AwaitPayment", "Task_PostPayment", "Event_AppealWon")
        .hasNotActivatedElements("Task_ApproveWriteOff", "Task_BillSecondaryPayer");
  }

  @Test
  void anOverturnedClaimsPaymentThatLeavesThePatientAShareBillsTheSecondaryPayer() {
    context
        .mockJobWorker("bill-secondary-payer")
        .thenComplete(Map.of("secondaryClaimId", 9901, "secondaryClaimVersion", 3));
    long instance =
        overturnedAndPaid(4251, Map.of("postingOutcome", "PAID", "secondaryClaimDue", true));

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_PostPayment", "Task_BillSecondaryPayer", "Event_SecondaryPayerBilled")
        .hasNotActivatedElements("Event_AppealWon");
  }

  @Test
  void anOverturnedPaymentAfterTheSecondaryWasBilledSendsTheSecondaryAReplacement() {
    // a partly denied Medicare claim whose patient share the secondary payer was already billed
    var billed = secondaryFixtures.partlyDeniedAndSecondaryBilled();
    // what "Post payment" posts once the appeal is overturned (its worker is mocked below)
    secondaryFixtures.paidAgain(billed);
    // the real bill-secondary-payer worker behind the job (the glue)
    context
        .mockJobWorker("bill-secondary-payer")
        .withHandler(
            (jobs, job) ->
                jobs.newCompleteCommand(job)
                    .variables(
                        billSecondaryPayer.bill(
                            ((Number) job.getVariablesAsMap().get("claimId")).longValue()))
                    .send()
                    .join());
    extraStartVariables.put("claimId", billed.primary().claimId());
    long instance =
        overturnedAndPaid(4261, Map.of("postingOutcome", "PAID", "secondaryClaimDue", true));

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_PostPayment", "Task_BillSecondaryPayer", "Event_SecondaryPayerBilled")
        .hasVariable("secondaryClaimVersion", 3);
    long replacementId =
        Long.parseLong(ProcessSearches.variable(client, instance, "secondaryClaimId"));
    var replacement = claimQueries.view(replacementId).orElseThrow();
    assertThat(replacement.frequencyCode()).isEqualTo("7");
    assertThat(replacement.payerResponsibility()).isEqualTo("S");
    assertThat(replacement.payerClaimControlNumber())
        .isEqualTo("SUPP-PCN-" + billed.secondary().claimId());
  }

  /**
   * CO-50 appealed and overturned; the denying 835 ({@code deniedRemittanceId}, buffered) does not
   * count, the next one ({@code deniedRemittanceId} + 1) is posted with {@code posted}.
   */
  long overturnedAndPaid(long deniedRemittanceId, Map<String, Object> posted) {
    appealMocks("OVERTURNED");
    context.mockJobWorker("post-remittance").thenComplete(posted);
    extraStartVariables.put("deniedRemittanceId", deniedRemittanceId);
    long instance = start("CO", "50", List.of(), "MEDICARE_PART_B", "DRUG", true, 3031.78);
    String claimKey = ProcessSearches.variable(client, instance, "claimKey");
    // the 835 that denied the claim: ClaimSubmission took it, and it stays buffered for its TTL
    client
        .newPublishMessageCommand()
        .messageName("Message_ClaimRemittanceReceived")
        .correlationKey(claimKey)
        .messageId("835-" + deniedRemittanceId)
        .timeToLive(java.time.Duration.ofDays(30))
        .variables(Map.of("remittanceId", deniedRemittanceId))
        .send()
        .join();
    assertThat(UserTaskSelectors.byElementId("Task_WorkDenial", instance))
        .hasCandidateGroup("appeals");
    work(instance, "APPEAL", Map.of());

    assertThat(UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal"))
        .isCreated()
        .hasCandidateGroup("appeals");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal"),
        Map.of(
            "policyReference", "LCD L35170",
            "attachments", List.of("ADMINISTRATION_RECORD"),
            "appealChannel", "PORTAL",
            "submittedOn", LocalDate.now().toString(),
            "trackingNumber", "APL-1"));
    // the payer's decision arrives as the AppealDecision message; the mock records it
    var child =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId("AppealCase").parentProcessInstanceKey(instance))
            .send()
            .join()
            .items()
            .get(0);
    String appealKey = ProcessSearches.variable(client, child.getProcessInstanceKey(), "appealKey");
    client
        .newPublishMessageCommand()
        .messageName("AppealDecision")
        .correlationKey(appealKey)
        .variables(Map.of("appealOutcome", "OVERTURNED"))
        .send()
        .join();

    // overturned: the claim's next 835 comes to this denial, by the claim version's key; the
    // buffered denying 835 correlates first and is not that payment
    assertThat(byKey(instance))
        .hasCompletedElements("Gateway_PaidAfterDenial")
        .hasActiveElements("Task_AwaitPayment")
        .hasNotActivatedElements("Task_PostPayment");
    client
        .newPublishMessageCommand()
        .messageName("Message_ClaimRemittanceReceived")
        .correlationKey(claimKey)
        .variables(Map.of("remittanceId", deniedRemittanceId + 1))
        .send()
        .join();
    return instance;
  }
}
