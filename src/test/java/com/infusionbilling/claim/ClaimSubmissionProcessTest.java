package com.infusionbilling.claim;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code ClaimSubmission}, one test per path of issue 16 item 3, with every worker mocked: the
 * happy path (scrub passes, 837 sent, 999 accepted, 277CA A1/A2, waiting for the remittance), scrub
 * failure and each rejection to "Correct claim" and back, an overdue 999 or 277CA to "Check
 * clearinghouse", an overdue remittance to "Check claim status", the non-interrupting timely-filing
 * warning. (The start through the process-start outbox, once per claim version, is tested in
 * ClaimSubmissionIntegrationTest.)
 */
@ProcessTest
class ClaimSubmissionProcessTest {
  private static final AtomicLong CLAIM_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  long claimId;
  final java.util.List<Long> started = new java.util.ArrayList<>();
  final AtomicInteger scrubRuns = new AtomicInteger();
  final AtomicInteger submissions = new AtomicInteger();

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/ClaimSubmission.bpmn",
        "forms/correct-claim.form",
        "forms/check-clearinghouse.form",
        "forms/check-claim-status.form");
    claimId = CLAIM_IDS.incrementAndGet();
    submissions.set(0);
    scrubRuns.set(0);
    context.mockJobWorker("notify-managers-of-filing-deadline").thenComplete();
  }

  /** Leaves no waiting instance behind for later tests that move the shared runtime's clock. */
  @org.junit.jupiter.api.AfterEach
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

  /** A mock per job type and test (two mocks of one type would share its jobs). */
  void scrubPasses() {
    context
        .mockJobWorker("scrub-claim")
        .withHandler(
            (jobs, job) -> {
              scrubRuns.incrementAndGet();
              jobs.newCompleteCommand(job)
                  .variables(Map.of("scrubPassed", true, "correctionReason", ""))
                  .send()
                  .join();
            });
  }

  /** The correction worker: the next attempt is the last one sent + 1, as the real one answers. */
  void correctionApplies() {
    context
        .mockJobWorker("apply-claim-correction")
        .withHandler(
            (jobs, job) ->
                jobs.newCompleteCommand(job)
                    .variables(Map.of("submissionAttempt", submissions.get() + 1))
                    .send()
                    .join());
  }

  /** The submit worker: one attempt key per attempt, as the real one answers. */
  void mockSubmit() {
    context
        .mockJobWorker("submit-claim")
        .withHandler(
            (jobs, job) -> {
              int attempt = ((Number) job.getVariablesAsMap().get("submissionAttempt")).intValue();
              submissions.set(attempt);
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "attemptKey", attemptKey(attempt),
                          "functionalAckStatus", "PENDING",
                          "claimAckStatus", "PENDING"))
                  .send()
                  .join();
            });
  }

  String attemptKey(int attempt) {
    return "claim-" + claimId + "-v1-a" + attempt;
  }

  long start(OffsetDateTime filingWarningAt) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("claimId", claimId);
    vars.put("claimVersion", 1);
    vars.put("episodeId", 7);
    vars.put("visitId", 70);
    vars.put("claimKey", "claim-" + claimId + "-v1");
    vars.put("submissionAttempt", 1);
    vars.put("filingDeadline", filingWarningAt.plusDays(30).toLocalDate().toString());
    vars.put("filingWarningAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(filingWarningAt));
    vars.put("remittanceWait", "P30D");
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
    return key;
  }

  long start() {
    return start(OffsetDateTime.now(ZoneOffset.UTC).plusDays(300));
  }

  void functionalAck(int attempt, String status, String reason) {
    publish(
        "Message_ClaimFunctionalAckReceived",
        attempt,
        "999-",
        "functionalAckStatus",
        status,
        reason);
  }

  void claimAck(int attempt, String status, String reason) {
    publish("Message_ClaimAckReceived", attempt, "277ca-", "claimAckStatus", status, reason);
  }

  void publish(
      String name, int attempt, String idPrefix, String var, String status, String reason) {
    client
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(attemptKey(attempt))
        .messageId(idPrefix + attemptKey(attempt))
        .variables(Map.of(var, status, "correctionReason", reason))
        .send()
        .join();
  }

  static Map<String, Object> correction(String note) {
    return Map.of("authorizationNumber", "AUTH-2", "correctionNote", note);
  }

  @Test
  void happyPathScrubSubmit999And277caThenWaitForTheRemittance() {
    scrubPasses();
    mockSubmit();
    long instance = start();

    assertThat(byKey(instance))
        .isWaitingForMessage("Message_ClaimFunctionalAckReceived", attemptKey(1));
    functionalAck(1, "ACCEPTED", "");
    assertThat(byKey(instance)).isWaitingForMessage("Message_ClaimAckReceived", attemptKey(1));
    claimAck(1, "ACCEPTED", "");

    assertThat(byKey(instance))
        .hasCompletedElementsInOrder(
            "Task_ScrubClaim",
            "Task_SubmitClaim",
            "Task_ReceiveFunctionalAck",
            "Task_ReceiveClaimAck",
            "Event_ClaimAcknowledged")
        .hasCompletedElements("Sub_FileClaim")
        .hasActiveElements("Task_AwaitRemittance")
        .isWaitingForMessage("Message_ClaimRemittanceReceived", "claim-" + claimId + "-v1")
        .hasNotActivatedElements("Task_CorrectClaim", "Task_CheckClearinghouse");
    assertThat(submissions.get()).isEqualTo(1);
  }

  @Test
  void scrubFailureGoesToCorrectClaimAndTheCorrectedClaimIsScrubbedAgainAndSent() {
    correctionApplies();
    mockSubmit();
    context
        .mockJobWorker("scrub-claim")
        .withHandler(
            (jobs, job) -> {
              boolean first = scrubRuns.incrementAndGet() == 1;
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "scrubPassed",
                          !first,
                          "correctionReason",
                          first ? "MUE_EXCEEDED: J1745: 120 units" : ""))
                  .send()
                  .join();
            });
    long instance = start();

    assertThat(byKey(instance)).hasActiveElements("Task_CorrectClaim");
    assertThat(UserTaskSelectors.byElementId("Task_CorrectClaim", instance))
        .hasCandidateGroup("billing");
    assertThat(byKey(instance)).hasVariable("correctionReason", "MUE_EXCEEDED: J1745: 120 units");
    assertThat(submissions.get()).isZero();

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CorrectClaim", instance),
        Map.of("lineNumber", 1, "lineUnits", 37, "correctionNote", "units from the MAR"));

    assertThat(byKey(instance))
        .hasCompletedElements("Task_ApplyClaimCorrection", "Task_SubmitClaim")
        .isWaitingForMessage("Message_ClaimFunctionalAckReceived", attemptKey(1));
    assertThat(scrubRuns.get()).isEqualTo(2);
  }

  @Test
  void a999RejectionGoesToCorrectClaimAndTheResubmissionIsTheNextAttempt() {
    correctionApplies();
    scrubPasses();
    mockSubmit();
    long instance = start();
    functionalAck(1, "REJECTED", "The clearinghouse rejected the claim transaction");

    assertThat(byKey(instance))
        .hasActiveElements("Task_CorrectClaim")
        .hasVariable("correctionReason", "The clearinghouse rejected the claim transaction");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CorrectClaim", instance), correction("NM1 fixed"));

    assertThat(byKey(instance))
        .isWaitingForMessage("Message_ClaimFunctionalAckReceived", attemptKey(2))
        .hasVariable("submissionAttempt", 2);
    assertThat(submissions.get()).isEqualTo(2);
  }

  @Test
  void a277caRejectionGoesToCorrectClaimWithThePayersWords() {
    correctionApplies();
    scrubPasses();
    mockSubmit();
    long instance = start();
    functionalAck(1, "ACCEPTED", "");
    String words =
        "The payer rejected the claim for invalid information: the billing provider's"
            + " National Provider Identifier (NPI) is missing or invalid.";
    claimAck(1, "REJECTED", words);

    assertThat(byKey(instance))
        .hasActiveElements("Task_CorrectClaim")
        .hasVariable("correctionReason", words)
        .hasNotActivatedElements("Task_AwaitRemittance");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CorrectClaim", instance), correction("NPI fixed"));
    functionalAck(2, "ACCEPTED", "");
    claimAck(2, "ACCEPTED", "");

    assertThat(byKey(instance)).hasActiveElements("Task_AwaitRemittance");
  }

  @Test
  void aClaimThatIsNotAValid837GoesToCorrectClaim() {
    scrubPasses();
    context
        .mockJobWorker("submit-claim")
        .thenThrowBpmnError(
            "CLAIM_NOT_SENDABLE", Map.of("correctionReason", "Not a valid 837: NM1 too long"));
    long instance = start();

    assertThat(byKey(instance))
        .hasCompletedElements("Event_ClaimNotSendable")
        .hasActiveElements("Task_CorrectClaim")
        .hasVariable("correctionReason", "Not a valid 837: NM1 too long");
  }

  @Test
  void aCorrectionTheClaimCannotTakeGoesBackToCorrectClaimWithTheReason() {
    scrubPasses();
    mockSubmit();
    context
        .mockJobWorker("apply-claim-correction")
        .thenThrowBpmnError(
            "CLAIM_CORRECTION_INVALID",
            Map.of("correctionReason", "The correction was not applied (lineNumber: no line 9)."));
    long instance = start();
    functionalAck(1, "REJECTED", "The clearinghouse rejected the claim transaction");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CorrectClaim", instance),
        Map.of("lineNumber", 9, "lineUnits", 2, "correctionNote", "units"));

    assertThat(byKey(instance))
        .hasCompletedElements("Event_CorrectionInvalid")
        .hasActiveElements("Task_CorrectClaim")
        .hasVariable("correctionReason", "The correction was not applied (lineNumber: no line 9).");
    assertThat(submissions.get()).isEqualTo(1);
  }

  @Test
  void no277caWithinThreeDaysOpensCheckClearinghouseAndKeepWaitingReturnsToThe277ca() {
    scrubPasses();
    mockSubmit();
    context
        .mockJobWorker("record-clearinghouse-check")
        .thenComplete(Map.of("submissionAttempt", 1));
    long instance = start();
    functionalAck(1, "ACCEPTED", "");
    assertThat(byKey(instance)).isWaitingForMessage("Message_ClaimAckReceived", attemptKey(1));

    context.increaseTime(Duration.ofDays(3).plusHours(1));

    assertThat(byKey(instance))
        .hasCompletedElements("Event_No277CAIn3Days")
        .hasActiveElements("Task_CheckClearinghouse");
    assertThat(UserTaskSelectors.byElementId("Task_CheckClearinghouse", instance))
        .hasCandidateGroup("billing");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CheckClearinghouse", instance),
        Map.of("clearinghouseCheckOutcome", "KEEP_WAITING", "clearinghouseReference", "TCK-1"));

    assertThat(byKey(instance)).isWaitingForMessage("Message_ClaimAckReceived", attemptKey(1));
    claimAck(1, "ACCEPTED", "");
    assertThat(byKey(instance)).hasActiveElements("Task_AwaitRemittance");
  }

  @Test
  void no999Within24HoursOpensCheckClearinghouseAndAResubmissionGoesOutAsTheNextAttempt() {
    scrubPasses();
    mockSubmit();
    context
        .mockJobWorker("record-clearinghouse-check")
        .thenComplete(Map.of("submissionAttempt", 2));
    long instance = start();
    assertThat(byKey(instance))
        .isWaitingForMessage("Message_ClaimFunctionalAckReceived", attemptKey(1));

    context.increaseTime(Duration.ofHours(25));

    assertThat(byKey(instance))
        .hasCompletedElements("Event_No999In24Hours")
        .hasActiveElements("Task_CheckClearinghouse");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CheckClearinghouse", instance),
        Map.of("clearinghouseCheckOutcome", "RESUBMIT", "clearinghouseReference", "TCK-2"));

    assertThat(byKey(instance))
        .isWaitingForMessage("Message_ClaimFunctionalAckReceived", attemptKey(2));
    assertThat(submissions.get()).isEqualTo(2);
  }

  @Test
  void noRemittanceWithinThePayersTurnaroundOpensCheckClaimStatusForAr() {
    scrubPasses();
    mockSubmit();
    context.mockJobWorker("record-claim-status-check").thenComplete(Map.of("submissionAttempt", 1));
    long instance = start();
    functionalAck(1, "ACCEPTED", "");
    claimAck(1, "ACCEPTED", "");
    assertThat(byKey(instance)).hasActiveElements("Task_AwaitRemittance");

    context.increaseTime(Duration.ofDays(31));

    assertThat(byKey(instance))
        .hasCompletedElements("Event_RemittanceOverdue")
        .hasActiveElements("Task_CheckClaimStatus");
    assertThat(UserTaskSelectors.byElementId("Task_CheckClaimStatus", instance))
        .hasCandidateGroup("ar");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_CheckClaimStatus", instance),
        Map.of("claimStatusCheckOutcome", "STILL_PENDING", "payerReference", "CALL-9"));

    assertThat(byKey(instance)).hasActiveElements("Task_AwaitRemittance");
  }

  @Test
  void theTimelyFilingDeadlineNearNotifiesManagersWhileTheClaimKeepsWaiting() {
    scrubPasses();
    mockSubmit();
    long instance = start(OffsetDateTime.now(ZoneOffset.UTC).plusHours(2));
    assertThat(byKey(instance))
        .isWaitingForMessage("Message_ClaimFunctionalAckReceived", attemptKey(1));

    context.increaseTime(Duration.ofHours(3));

    assertThat(byKey(instance))
        .hasCompletedElements(
            "Event_FilingDeadlineNear",
            "Task_NotifyManagersOfFilingDeadline",
            "Event_ManagersNotified")
        .hasActiveElements("Task_ReceiveFunctionalAck")
        .isActive();
  }

  @Test
  void anAcknowledgedClaimIsNotWarnedAboutItsFilingDeadline() {
    scrubPasses();
    mockSubmit();
    long instance = start(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2));
    functionalAck(1, "ACCEPTED", "");
    claimAck(1, "ACCEPTED", "");
    assertThat(byKey(instance)).hasActiveElements("Task_AwaitRemittance");

    context.increaseTime(Duration.ofDays(3));

    assertThat(byKey(instance)).hasNotActivatedElements("Task_NotifyManagersOfFilingDeadline");
  }

  static io.camunda.process.test.api.assertions.ProcessInstanceSelector byKey(long key) {
    return ProcessInstanceSelectors.byKey(key);
  }
}
