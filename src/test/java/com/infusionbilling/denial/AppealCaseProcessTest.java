package com.infusionbilling.denial;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code AppealCase}, one test per path of issue 17 item 4, with the real {@code
 * Decision_AppealLevels} and the workers mocked (open-appeal answers with clocks counted from the
 * runtime's "now", as the real one does from the deadline): escalations 14 and 3 days before the
 * deadline, the deadline missed goes to the managers, the decision by message or by the follow-up
 * task, overturned ends the case, upheld moves to the next level (redetermination to
 * reconsideration), and a level below its amount in controversy ends without an appeal.
 */
@ProcessTest
class AppealCaseProcessTest {
  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  final List<Long> started = new ArrayList<>();
  final List<Integer> openedLevels = new CopyOnWriteArrayList<>();
  final List<String> escalations = new CopyOnWriteArrayList<>();
  String appealKey;

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/AppealCase.bpmn",
        "bpmn/Decision_AppealLevels.dmn",
        "forms/review-and-submit-appeal.form",
        "forms/appeal-deadline-missed.form",
        "forms/follow-up-appeal-decision.form");
    openedLevels.clear();
    escalations.clear();
    appealKey = "appeal-" + IDS.incrementAndGet();
    context.mockJobWorker("generate-appeal-letter").thenComplete(Map.of("appealLetterUrl", "/x"));
    context
        .mockJobWorker("escalate-appeal-deadline")
        .withHandler(
            (jobs, job) -> {
              escalations.add(job.getElementId());
              jobs.newCompleteCommand(job).send().join();
            });
    context
        .mockJobWorker("record-missed-appeal-deadline")
        .thenComplete(Map.of("appealOutcome", "DEADLINE_MISSED"));
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

  /** open-appeal: the deadline {@code days} after the runtime's now. */
  void opensWithDeadlineIn(int days) {
    context
        .mockJobWorker("open-appeal")
        .withHandler(
            (jobs, job) -> {
              int level = ((Number) job.getVariablesAsMap().get("appealLevel")).intValue();
              openedLevels.add(level);
              Instant now = context.getCurrentTime();
              Instant deadline = now.plus(Duration.ofDays(days));
              Map<String, Object> v = new HashMap<>();
              v.put("appealId", 1000 + level);
              v.put("appealKey", appealKey + "-" + level);
              v.put("appealDeadline", deadline.toString().substring(0, 10));
              v.put("appealDueAt", deadline.toString());
              v.put("escalateAt14", deadline.minus(Duration.ofDays(14)).toString());
              v.put("escalateAt3", deadline.minus(Duration.ofDays(3)).toString());
              v.put("deadlineAt", deadline.toString());
              jobs.newCompleteCommand(job).variables(v).send().join();
            });
  }

  void submissionFollowsUpIn(int days) {
    context
        .mockJobWorker("record-appeal-submission")
        .withHandler(
            (jobs, job) ->
                jobs.newCompleteCommand(job)
                    .variables(
                        Map.of(
                            "decisionFollowUpAt",
                            context.getCurrentTime().plus(Duration.ofDays(days)).toString()))
                    .send()
                    .join());
  }

  /** record-appeal-decision answers as the real one: the outcome, the next level. */
  void decisionsRecorded() {
    context
        .mockJobWorker("record-appeal-decision")
        .withHandler(
            (jobs, job) -> {
              var v = job.getVariablesAsMap();
              int level = ((Number) v.get("appealLevel")).intValue();
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "appealOutcome", v.get("appealOutcome"),
                          "appealLevel", level + 1,
                          "decisionDate", LocalDate.now().toString()))
                  .send()
                  .join();
            });
  }

  long start(String payerType, int level, double amount) {
    Map<String, Object> v = new HashMap<>();
    v.put("appealKind", "CLAIM");
    v.put("denialId", IDS.incrementAndGet());
    v.put("claimId", 5);
    v.put("episodeId", 7);
    v.put("payerType", payerType);
    v.put("appealLevel", level);
    v.put("amountInControversy", amount);
    v.put("decisionDate", LocalDate.now().toString());
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("AppealCase")
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

  void submit(long instance) {
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal", instance),
        Map.of(
            "policyReference", "LCD L35170",
            "attachments", List.of("ADMINISTRATION_RECORD"),
            "appealChannel", "PORTAL",
            "submittedOn", LocalDate.now().toString(),
            "trackingNumber", "APL-1"));
  }

  void payerDecides(int level, String outcome) {
    client
        .newPublishMessageCommand()
        .messageName("AppealDecision")
        .correlationKey(appealKey + "-" + level)
        .variables(Map.of("appealOutcome", outcome))
        .send()
        .join();
  }

  @Test
  void aRedeterminationIsReviewedByAppealsEscalated14And3DaysBeforeAndOverturnedByTheMessage() {
    opensWithDeadlineIn(125);
    submissionFollowsUpIn(75);
    decisionsRecorded();
    long instance = start("MEDICARE_PART_B", 1, 3031.78);

    assertThat(UserTaskSelectors.byElementId("Task_ReviewAndSubmitAppeal", instance))
        .isCreated()
        .hasCandidateGroup("appeals");
    assertThat(byKey(instance))
        .hasVariableSatisfies(
            "appealLevelRule",
            Map.class,
            r -> assertThat(r.get("levelName")).isEqualTo("Redetermination (MAC)"));

    context.increaseTime(Duration.ofDays(111).plusHours(1));
    assertThat(byKey(instance)).hasCompletedElements("Task_EscalateFourteenDays");
    assertThat(escalations).containsExactly("Task_EscalateFourteenDays");
    context.increaseTime(Duration.ofDays(11));
    assertThat(byKey(instance))
        .hasCompletedElements("Task_EscalateThreeDays")
        .hasActiveElements("Task_ReviewAndSubmitAppeal");

    submit(instance);
    assertThat(byKey(instance)).isWaitingForMessage("AppealDecision", appealKey + "-1");
    payerDecides(1, "OVERTURNED");

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_RecordAppealDecision", "Event_AppealOverturned")
        .hasVariable("appealOutcome", "OVERTURNED");
  }

  @Test
  void atTheDeadlineTheManagersGetAppealDeadlineMissed() {
    opensWithDeadlineIn(20);
    long instance = start("COMMERCIAL", 1, 800);
    assertThat(byKey(instance)).hasActiveElements("Task_ReviewAndSubmitAppeal");

    context.increaseTime(Duration.ofDays(20).plusHours(1));

    assertThat(UserTaskSelectors.byElementId("Task_HandleMissedDeadline", instance))
        .isCreated()
        .hasCandidateGroup("managers");
    assertThat(byKey(instance)).hasTerminatedElements("Task_ReviewAndSubmitAppeal");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_HandleMissedDeadline", instance),
        Map.of("missedDeadlineNote", "letter never left: staff out"));
    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_DeadlineMissed")
        .hasVariable("appealOutcome", "DEADLINE_MISSED");
  }

  @Test
  void anUpheldRedeterminationMovesToReconsideration() {
    opensWithDeadlineIn(125);
    submissionFollowsUpIn(75);
    decisionsRecorded();
    long instance = start("MEDICARE_PART_B", 1, 3031.78);
    submit(instance);
    payerDecides(1, "UPHELD");

    assertThat(byKey(instance))
        .hasCompletedElements("Task_RecordAppealDecision")
        .hasActiveElements("Task_ReviewAndSubmitAppeal");
    assertThat(openedLevels).containsExactly(1, 2);
    assertThat(byKey(instance))
        .hasVariableSatisfies(
            "appealLevelRule",
            Map.class,
            r -> assertThat(r.get("levelName")).isEqualTo("Reconsideration (QIC)"));
  }

  @Test
  void anUpheldReconsiderationBelowTheAljAmountInControversyEndsWithoutAFurtherAppeal() {
    opensWithDeadlineIn(180);
    submissionFollowsUpIn(75);
    decisionsRecorded();
    long instance = start("MEDICARE_PART_B", 2, 150);
    submit(instance);
    payerDecides(2, "UPHELD");

    assertThat(byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_NoFurtherLevel")
        .hasVariable("appealOutcome", "UPHELD");
    assertThat(openedLevels).containsExactly(2);
  }

  /**
   * 42 CFR 422.592(a): a Medicare Advantage plan that upholds its payment reconsideration forwards
   * the case to the IRE itself; the provider files nothing and waits for the IRE's decision, and
   * only the ALJ hearing after an upheld IRE decision is filed again.
   */
  @Test
  void anUpheldMedicareAdvantagePaymentReconsiderationGoesToTheIreWithoutAFiling() {
    opensWithDeadlineIn(65);
    submissionFollowsUpIn(75);
    decisionsRecorded();
    List<Long> forwarded = new CopyOnWriteArrayList<>();
    context
        .mockJobWorker("record-appeal-forwarding")
        .withHandler(
            (jobs, job) -> {
              forwarded.add(((Number) job.getVariablesAsMap().get("appealId")).longValue());
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "decisionFollowUpAt",
                          context.getCurrentTime().plus(Duration.ofDays(75)).toString()))
                  .send()
                  .join();
            });
    long instance = start("MEDICARE_ADVANTAGE", 1, 3031.78);
    submit(instance);
    payerDecides(1, "UPHELD");

    assertThat(byKey(instance))
        .hasCompletedElements("Task_RecordPlanForwarding")
        .isWaitingForMessage("AppealDecision", appealKey + "-2")
        .hasVariableSatisfies(
            "appealLevelRule",
            Map.class,
            r ->
                assertThat(r.get("levelName"))
                    .isEqualTo("Independent review (IRE, forwarded by the plan)"));
    assertThat(openedLevels).containsExactly(1, 2);
    assertThat(forwarded).containsExactly(1002L);

    payerDecides(2, "UPHELD");
    assertThat(byKey(instance))
        .hasActiveElements("Task_ReviewAndSubmitAppeal")
        .hasVariableSatisfies(
            "appealLevelRule",
            Map.class,
            r -> assertThat(r.get("levelName")).isEqualTo("ALJ hearing (OMHA)"));
    assertThat(openedLevels).containsExactly(1, 2, 3);
  }

  @Test
  void withoutADecisionByItsTimePlus15DaysAppealsFollowsUp() {
    opensWithDeadlineIn(125);
    submissionFollowsUpIn(75);
    decisionsRecorded();
    long instance = start("MEDICARE_PART_B", 1, 3031.78);
    submit(instance);
    assertThat(byKey(instance)).isWaitingForMessage("AppealDecision", appealKey + "-1");

    context.increaseTime(Duration.ofDays(75).plusHours(1));
    assertThat(UserTaskSelectors.byElementId("Task_FollowUpAppealDecision", instance))
        .isCreated()
        .hasCandidateGroup("appeals");
    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_FollowUpAppealDecision", instance),
        Map.of("appealOutcome", "OVERTURNED"));

    assertThat(byKey(instance)).isCompleted().hasCompletedElements("Event_AppealOverturned");
  }
}
