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
 * Medicare's tolerance, an underpayment to "Review underpayment" (group billing) and its record, a
 * reversal that waits for the corrected payment, and a denial that posts and ends.
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
        "forms/review-underpayment.form");
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
}
