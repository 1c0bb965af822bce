package com.infusionbilling.remittance;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The remittance part of {@code ClaimSubmission} (issue 17 item 2), one test per path, with the
 * workers mocked and the real {@code Decision_UnderpaymentTolerance}: paid in full, paid within
 * Medicare's tolerance, PR-1/PR-2 left to the patient, a secondary claim after a payment that left
 * the patient a share on an episode with secondary coverage, none after an MA18 crossover, an
 * underpayment to "Review underpayment" (group billing) and its record, a write-off of it approved
 * or sent back by a manager ("Approve write-off") or small enough to need no approval, a reversal
 * that waits for the corrected payment, and a denial that posts and ends.
 */
@ProcessTest
class RemittancePostingProcessTest {
  private static final AtomicLong CLAIM_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  long claimId;
  final List<Long> started = new ArrayList<>();
  final List<Map<String, Object>> postings = new ArrayList<>();

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/ClaimSubmission.bpmn",
        "bpmn/Decision_UnderpaymentTolerance.dmn",
        "forms/correct-claim.form",
        "forms/check-clearinghouse.form",
        "forms/check-claim-status.form",
        "forms/review-underpayment.form",
        "forms/approve-underpayment-write-off.form");
    claimId = CLAIM_IDS.incrementAndGet();
    postings.clear();
    context.mockJobWorker("notify-managers-of-filing-deadline").thenComplete();
    context.mockJobWorker("scrub-claim").thenComplete(Map.of("scrubPassed", true));
    context
        .mockJobWorker("submit-claim")
        .thenComplete(
            Map.of(
                "attemptKey", attemptKey(),
                "functionalAckStatus", "PENDING",
                "claimAckStatus", "PENDING"));
  }

  @AfterEach
  void cancel() {
    for (long key : started) {
      try {
        client.newCancelInstanceCommand(key).send().join();
      } catch (RuntimeException e) {
        // completed already
      }
    }
    started.clear();
  }

  String attemptKey() {
    return "claim-" + claimId + "-v1-a1";
  }

  String claimKey() {
    return "claim-" + claimId + "-v1";
  }

  /** The posting worker answers each delivery with the next result given (the last repeats). */
  void postingAnswers(List<Map<String, Object>> results) {
    List<Map<String, Object>> queue = new ArrayList<>(results);
    context
        .mockJobWorker("post-remittance")
        .withHandler(
            (jobs, job) -> {
              postings.add(job.getVariablesAsMap());
              Map<String, Object> next = queue.size() > 1 ? queue.remove(0) : queue.get(0);
              jobs.newCompleteCommand(job).variables(next).send().join();
            });
  }

  static Map<String, Object> posted(
      String outcome, String payerId, String payerType, double shortfall, double percent) {
    Map<String, Object> m = new HashMap<>();
    m.put("postingOutcome", outcome);
    m.put("payerId", payerId);
    m.put("payerType", payerType);
    m.put("expectedAllowed", 3386.60);
    m.put("payerAllowed", 3386.60 - shortfall);
    m.put("shortfall", shortfall);
    m.put("shortfallPercent", percent);
    m.put("denialsOpened", 0);
    m.put("patientResponsibility", 677.32);
    m.put("underpaymentLines", "Line 1 J1745: expected $3386.60");
    m.put("underpaidDrugLine", shortfall > 0);
    m.put("secondaryClaimDue", false);
    return m;
  }

  /** Starts the claim, lets the 999 and 277CA accept it: it waits for its remittance. */
  long acknowledgedClaim() {
    OffsetDateTime warning = OffsetDateTime.now(ZoneOffset.UTC).plusDays(300);
    Map<String, Object> vars =
        Map.of(
            "claimId",
            claimId,
            "claimVersion",
            1,
            "episodeId",
            7,
            "visitId",
            70,
            "claimKey",
            claimKey(),
            "submissionAttempt",
            1,
            "filingDeadline",
            warning.plusDays(30).toLocalDate().toString(),
            "filingWarningAt",
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(warning),
            "remittanceWait",
            "P30D");
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("ClaimSubmission")
            .latestVersion()
            .variables(vars)
            .send()
            .join()
            .getProcessInstanceKey();
    started.add(key);
    publish("Message_ClaimFunctionalAckReceived", attemptKey(), "999-1", "functionalAckStatus");
    publish("Message_ClaimAckReceived", attemptKey(), "277ca-1", "claimAckStatus");
    assertThat(ProcessInstanceSelectors.byKey(key))
        .isWaitingForMessage("Message_ClaimRemittanceReceived", claimKey());
    return key;
  }

  void publish(String name, String key, String id, String var) {
    client
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(key)
        .messageId(id + "-" + claimId)
        .variables(Map.of(var, "ACCEPTED", "correctionReason", ""))
        .send()
        .join();
  }

  void remittance(long remittanceId) {
    client
        .newPublishMessageCommand()
        .messageName("Message_ClaimRemittanceReceived")
        .correlationKey(claimKey())
        .messageId("835-" + remittanceId + "-" + claimId)
        .variables(Map.of("remittanceId", remittanceId))
        .send()
        .join();
  }

  @Test
  void aClaimPaidInFullIsPostedAndTheProcessEnds() {
    postingAnswers(List.of(posted("PAID", "MEDICARE_PART_B", "MEDICARE_PART_B", 0, 0)));
    long instance = acknowledgedClaim();

    remittance(501);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_AwaitRemittance",
            "Task_PostRemittance",
            "Task_CheckUnderpayment",
            "Event_RemittancePosted")
        .hasNotActivatedElements("Task_ReviewUnderpayment")
        .hasVariable("postingOutcome", "PAID");
    assertThat(postings)
        .singleElement()
        .satisfies(v -> assertThat(v).containsEntry("remittanceId", 501));
  }

  @Test
  void aMedicarePaymentShortByLessThanFiveDollarsIsAccepted() {
    postingAnswers(List.of(posted("PAID", "MEDICARE_PART_B", "MEDICARE_PART_B", 4.99, 0.15)));
    long instance = acknowledgedClaim();

    remittance(502);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_RemittancePosted")
        .hasNotActivatedElements("Task_ReviewUnderpayment");
  }

  @Test
  void aPaymentBelowThePayersToleranceGoesToReviewUnderpaymentForBilling() {
    postingAnswers(List.of(posted("PAID", "COMMERCIAL_ACME", "COMMERCIAL", 338.66, 10)));
    context.mockJobWorker("record-underpayment-review").thenComplete();
    long instance = acknowledgedClaim();

    remittance(503);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasActiveElements("Task_ReviewUnderpayment")
        .hasVariable(
            "underpaymentCheck",
            Map.of("underpaid", true, "toleranceRule", "COMMERCIAL_UNDERPAID"));
    assertThat(UserTaskSelectors.byElementId("Task_ReviewUnderpayment", instance))
        .hasCandidateGroup("billing");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ReviewUnderpayment", instance),
        Map.of(
            "underpaymentDecision", "DISPUTE",
            "payerReference", "DSP-778",
            "underpaymentNote", "J1745 paid at last quarter's rate"));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_ReviewUnderpayment",
            "Task_RecordUnderpaymentReview",
            "Event_UnderpaymentReviewed");
  }

  @Test
  void aReversalWaitsForTheCorrectedPaymentWhichIsPostedNext() {
    postingAnswers(
        List.of(
            posted("REVERSED", "COMMERCIAL_ACME", "COMMERCIAL", 0, 0),
            posted("PAID", "COMMERCIAL_ACME", "COMMERCIAL", 0, 0)));
    long instance = acknowledgedClaim();

    remittance(504);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasCompletedElements("Task_PostRemittance")
        .isWaitingForMessage("Message_ClaimRemittanceReceived", claimKey())
        .hasNotActivatedElements("Task_CheckUnderpayment");

    remittance(505);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_RemittancePosted");
    assertThat(postings)
        .extracting(v -> ((Number) v.get("remittanceId")).longValue())
        .containsExactly(504L, 505L);
  }

  @Test
  void aDeniedClaimIsPostedAndLeftToDenialManagement() {
    Map<String, Object> denied = posted("DENIED", "COMMERCIAL_ACME", "COMMERCIAL", 0, 0);
    denied.put("denialsOpened", 1);
    postingAnswers(List.of(denied));
    long instance = acknowledgedClaim();

    remittance(506);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_RemittancePosted")
        .hasVariable("postingOutcome", "DENIED")
        .hasNotActivatedElements("Task_ReviewUnderpayment");
  }

  @Test
  void pr1AndPr2AreLeftToThePatientWhenThereIsNoSecondaryCoverage() {
    Map<String, Object> paid = posted("PAID", "MEDICARE_PART_B", "MEDICARE_PART_B", 0, 0);
    paid.put("patientResponsibility", 777.32); // PR-1 $100 deductible, PR-2 $677.32 coinsurance
    postingAnswers(List.of(paid));
    long instance = acknowledgedClaim();

    remittance(511);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_PostRemittance", "Task_CheckUnderpayment", "Event_RemittancePosted")
        .hasNotActivatedElements("Task_BillSecondaryPayer", "Task_ReviewUnderpayment")
        .hasVariable("patientResponsibility", 777.32);
  }

  @Test
  void aPatientShareWithSecondaryCoverageSendsASecondaryClaim() {
    Map<String, Object> paid = posted("PAID", "MEDICARE_PART_B", "MEDICARE_PART_B", 0, 0);
    paid.put("secondaryClaimDue", true);
    postingAnswers(List.of(paid));
    List<Map<String, Object>> billed = new ArrayList<>();
    context
        .mockJobWorker("bill-secondary-payer")
        .withHandler(
            (jobs, job) -> {
              billed.add(job.getVariablesAsMap());
              jobs.newCompleteCommand(job)
                  .variables(Map.of("secondaryClaimId", claimId + 1, "secondaryClaimVersion", 2))
                  .send()
                  .join();
            });
    long instance = acknowledgedClaim();

    remittance(512);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_PostRemittance",
            "Task_BillSecondaryPayer",
            "Task_CheckUnderpayment",
            "Event_RemittancePosted")
        .hasVariableNames("secondaryClaimId", "secondaryClaimVersion");
    assertThat(billed)
        .singleElement()
        .satisfies(v -> assertThat(((Number) v.get("claimId")).longValue()).isEqualTo(claimId));
  }

  @Test
  void anMa18CrossoverSendsNoSecondaryClaim() {
    // posting found the MA18 remark: the payer forwarded the claim, secondaryClaimDue stays false
    postingAnswers(List.of(posted("PAID", "MEDICARE_PART_B", "MEDICARE_PART_B", 0, 0)));
    context.mockJobWorker("bill-secondary-payer").thenComplete();
    long instance = acknowledgedClaim();

    remittance(513);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_RemittancePosted")
        .hasNotActivatedElements("Task_BillSecondaryPayer")
        .hasVariable("secondaryClaimDue", false);
  }

  /** Posts an underpayment and lets billing decide to write it off. */
  long underpaymentWrittenOff(long remittanceId, double shortfall, boolean drugLine) {
    Map<String, Object> under = posted("PAID", "COMMERCIAL_ACME", "COMMERCIAL", shortfall, 10);
    under.put("underpaidDrugLine", drugLine);
    postingAnswers(List.of(under));
    context.mockJobWorker("record-underpayment-review").thenComplete();
    long instance = acknowledgedClaim();
    remittance(remittanceId);
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ReviewUnderpayment", instance),
        Map.of(
            "underpaymentDecision", "WRITE_OFF",
            "underpaymentNote", "not worth a dispute"));
    return instance;
  }

  @Test
  void anUnderpaymentWriteOffOfADrugLineWaitsForAManagersApproval() {
    long instance = underpaymentWrittenOff(514, 338.66, true);

    assertThat(ProcessInstanceSelectors.byKey(instance)).hasActiveElements("Task_ApproveWriteOff");
    assertThat(UserTaskSelectors.byElementId("Task_ApproveWriteOff", instance))
        .hasCandidateGroup("managers");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ApproveWriteOff", instance),
        Map.of("writeOffDecision", "APPROVED", "writeOffReason", "J1745 rate accepted for 2026"));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_ReviewUnderpayment",
            "Task_ApproveWriteOff",
            "Task_RecordUnderpaymentReview",
            "Event_UnderpaymentReviewed");
  }

  @Test
  void aWriteOffTheManagerSendsBackIsReviewedAgain() {
    long instance = underpaymentWrittenOff(515, 620.00, false);

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ApproveWriteOff", instance),
        Map.of("writeOffDecision", "REJECTED", "writeOffReason", "dispute it: the contract says"));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasActiveElements("Task_ReviewUnderpayment")
        .hasNotActivatedElements("Task_RecordUnderpaymentReview");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ReviewUnderpayment", instance),
        Map.of(
            "underpaymentDecision", "DISPUTE",
            "payerReference", "DSP-915",
            "underpaymentNote", "disputed as the manager asked"));
    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_RecordUnderpaymentReview");
  }

  @Test
  void aSmallWriteOffOfAnAdministrationLineNeedsNoApproval() {
    long instance = underpaymentWrittenOff(516, 30.00, false);

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_RecordUnderpaymentReview")
        .hasNotActivatedElements("Task_ApproveWriteOff");
  }
}
