package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Camunda user tasks (zeebe:userTask), as docs.camunda.io "User tasks" and the REST API v2 "User
 * task" reference describe them: the task waits until completed, assignment, scheduling and
 * priority (static or FEEL), the search filters, completion, assignment and update commands, and
 * cancellation with the element. User task commands are REST-only in the 8.8 client.
 */
class UserTaskConformanceTest extends EventConformanceSupport {

  private static CamundaClient rest() {
    return client(Transport.REST);
  }

  /** A coordinator reviews the claim, then the claim is submitted by a worker. */
  private static BpmnModelInstance review(
      String id,
      String jobType,
      java.util.function.Consumer<io.camunda.zeebe.model.bpmn.builder.UserTaskBuilder> task) {
    return Bpmn.createExecutableProcess(id)
        .startEvent("start")
        .userTask(
            "Task_ReviewClaim",
            t -> {
              t.name("Review claim").zeebeUserTask();
              task.accept(t);
            })
        .serviceTask("Task_SubmitClaim", t -> t.zeebeJobType(jobType))
        .endEvent("end")
        .done();
  }

  private record Deployed(String processId, String jobType) {}

  private static Deployed deployReview(
      java.util.function.Consumer<io.camunda.zeebe.model.bpmn.builder.UserTaskBuilder> task) {
    String id = uniqueId("review");
    String jobType = uniqueId("submit");
    deploy(rest(), review(id, jobType, task), id);
    return new Deployed(id, jobType);
  }

  static List<UserTask> userTasks(long processInstanceKey) {
    return rest()
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }

  static UserTask awaitUserTask(long processInstanceKey) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !userTasks(processInstanceKey).isEmpty());
    return userTasks(processInstanceKey).get(0);
  }

  @Test
  void aUserTaskWaitsUntilItIsCompletedAndMergesTheCompletionVariables() {
    Deployed d = deployReview(t -> {});
    long key = start(rest(), d.processId(), Map.of("claimId", 7));

    UserTask task = awaitUserTask(key);
    assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(task.getName()).isEqualTo("Review claim");
    assertThat(task.getElementId()).isEqualTo("Task_ReviewClaim");
    assertThat(task.getBpmnProcessId()).isEqualTo(d.processId());
    assertThat(task.getPriority()).isEqualTo(50);
    assertThat(task.getCreationDate()).isNotNull();
    assertThat(task.getCompletionDate()).isNull();
    assertThat(activeElementIds(rest(), key)).containsExactly("Task_ReviewClaim");
    assertThat(activateBriefly(rest(), d.jobType())).isEmpty();

    rest()
        .newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("approved", true))
        .send()
        .join();

    var job = activateOne(rest(), d.jobType());
    assertThat(job.getVariablesAsMap()).containsEntry("approved", true);
    UserTask completed = rest().newUserTaskGetRequest(task.getUserTaskKey()).send().join();
    assertThat(completed.getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(completed.getCompletionDate()).isNotNull();
    assertThat(completedElementIds(rest(), key)).contains("Task_ReviewClaim");
  }

  @Test
  void assignmentIsStaticOrFeel() {
    Deployed d =
        deployReview(
            t ->
                t.zeebeAssigneeExpression("coordinator")
                    .zeebeCandidateGroups("billing, coding")
                    .zeebeCandidateUsersExpression("[\"u-1\", reviewer]"));
    long key = start(rest(), d.processId(), Map.of("coordinator", "c-42", "reviewer", "u-2"));

    UserTask task = awaitUserTask(key);

    assertThat(task.getAssignee()).isEqualTo("c-42");
    assertThat(task.getCandidateGroups()).containsExactly("billing", "coding");
    assertThat(task.getCandidateUsers()).containsExactly("u-1", "u-2");
  }

  @Test
  void theSearchFiltersByAssigneeCandidateGroupCandidateUserAndState() {
    Deployed d =
        deployReview(
            t ->
                t.zeebeAssigneeExpression("coordinator")
                    .zeebeCandidateGroupsExpression("groups")
                    .zeebeCandidateUsers("u-1"));
    long first =
        start(rest(), d.processId(), Map.of("coordinator", "c-1", "groups", List.of("billing")));
    long second =
        start(rest(), d.processId(), Map.of("coordinator", "c-2", "groups", List.of("coding")));
    awaitUserTask(first);
    awaitUserTask(second);

    assertThat(
            instancesOf(
                rest()
                    .newUserTaskSearchRequest()
                    .filter(f -> f.bpmnProcessId(d.processId()).assignee("c-2"))
                    .send()
                    .join()
                    .items()))
        .containsExactly(second);
    assertThat(
            instancesOf(
                rest()
                    .newUserTaskSearchRequest()
                    .filter(f -> f.bpmnProcessId(d.processId()).candidateGroup("billing"))
                    .send()
                    .join()
                    .items()))
        .containsExactly(first);
    assertThat(
            rest()
                .newUserTaskSearchRequest()
                .filter(f -> f.bpmnProcessId(d.processId()).candidateUser("u-1"))
                .send()
                .join()
                .items())
        .hasSize(2);
    assertThat(
            rest()
                .newUserTaskSearchRequest()
                .filter(f -> f.bpmnProcessId(d.processId()).candidateUser("u-9"))
                .send()
                .join()
                .items())
        .isEmpty();

    rest().newCompleteUserTaskCommand(userTasks(first).get(0).getUserTaskKey()).send().join();

    var created =
        rest()
            .newUserTaskSearchRequest()
            .filter(f -> f.bpmnProcessId(d.processId()).state(UserTaskState.CREATED))
            .send()
            .join();
    assertThat(instancesOf(created.items())).containsExactly(second);
    assertThat(created.page().totalItems()).isEqualTo(1);
    assertThat(
            instancesOf(
                rest()
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.bpmnProcessId(d.processId())
                                .elementId("Task_ReviewClaim")
                                .state(UserTaskState.COMPLETED))
                    .send()
                    .join()
                    .items()))
        .containsExactly(first);
  }

  @Test
  void dueAndFollowUpDatesArePlainIsoOrFeelAndTheSearchFiltersByDateRanges() {
    Deployed d =
        deployReview(
            t ->
                t.zeebeDueDateExpression("dueDate").zeebeFollowUpDate("2026-12-01T09:00:00+01:00"));
    long early = start(rest(), d.processId(), Map.of("dueDate", "2026-12-10T17:00:00Z"));
    long late = start(rest(), d.processId(), Map.of("dueDate", "2027-01-10T17:00:00Z"));
    UserTask task = awaitUserTask(early);
    awaitUserTask(late);

    assertThat(task.getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-10T17:00:00Z").toInstant());
    assertThat(task.getFollowUpDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-01T08:00:00Z").toInstant());
    var dueThisYear =
        rest()
            .newUserTaskSearchRequest()
            .filter(
                f ->
                    f.bpmnProcessId(d.processId())
                        .dueDate(
                            r ->
                                r.gte(OffsetDateTime.parse("2026-12-01T00:00:00Z"))
                                    .lt(OffsetDateTime.parse("2027-01-01T00:00:00Z"))))
            .send()
            .join()
            .items();
    assertThat(keysOf(dueThisYear)).containsExactly(task.getUserTaskKey());
  }

  @Test
  void priorityDefaultsToFiftyAndIsStaticOrFeelAndSortable() {
    Deployed d = deployReview(t -> t.zeebeTaskPriorityExpression("urgency * 10"));
    long low = start(rest(), d.processId(), Map.of("urgency", 2));
    long high = start(rest(), d.processId(), Map.of("urgency", 9));
    awaitUserTask(low);
    awaitUserTask(high);

    var byPriority =
        rest()
            .newUserTaskSearchRequest()
            .filter(f -> f.bpmnProcessId(d.processId()))
            .sort(s -> s.priority().desc())
            .send()
            .join()
            .items();
    assertThat(byPriority).extracting(UserTask::getPriority).containsExactly(90, 20);
    assertThat(
            rest()
                .newUserTaskSearchRequest()
                .filter(f -> f.bpmnProcessId(d.processId()).priority(p -> p.gt(50)))
                .send()
                .join()
                .items())
        .extracting(UserTask::getProcessInstanceKey)
        .containsExactly(high);
  }

  @Test
  void aPriorityOutOfRangeRaisesAnIncident() {
    Deployed d = deployReview(t -> t.zeebeTaskPriorityExpression("urgency * 100"));
    long key = start(rest(), d.processId(), Map.of("urgency", 2));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(rest(), key).isEmpty());
    assertThat(incidents(rest(), key).get(0).getErrorMessage()).contains("between 0 and 100");
    assertThat(userTasks(key)).isEmpty();
  }

  @Test
  void completingACompletedOrUnknownUserTaskIsNotFound() {
    Deployed d = deployReview(t -> {});
    long key = start(rest(), d.processId(), Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();
    rest().newCompleteUserTaskCommand(taskKey).send().join();

    assertRejected(
        Transport.REST,
        () -> rest().newCompleteUserTaskCommand(taskKey).send().join(),
        404,
        Status.Code.NOT_FOUND,
        "no such user task");
    assertRejected(
        Transport.REST,
        () -> rest().newCompleteUserTaskCommand(taskKey + 1_000_000).send().join(),
        404,
        Status.Code.NOT_FOUND,
        "no such user task");
    assertThat(activate(rest(), d.jobType(), 5)).hasSize(1);
  }

  @Test
  void ofConcurrentCompletionsExactlyOneWins() throws Exception {
    Deployed d = deployReview(t -> {});
    long key = start(rest(), d.processId(), Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();
    int attempts = 6;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < attempts; i++) {
        int n = i;
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    rest()
                        .newCompleteUserTaskCommand(taskKey)
                        .variables(Map.of("completedBy", n))
                        .send()
                        .join();
                    return true;
                  } catch (RuntimeException e) {
                    assertThat(e).hasMessageContaining("404");
                    return false;
                  }
                }));
      }
      go.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(activate(rest(), d.jobType(), 10)).hasSize(1);
    assertThat(
            elements(rest(), key).stream()
                .filter(e -> e.getElementId().equals("Task_SubmitClaim"))
                .count())
        .isEqualTo(1);
  }

  @Test
  void assignmentReassignsUnlessOverrideIsRefusedAndUnassignmentClearsTheAssignee() {
    Deployed d = deployReview(t -> t.zeebeAssignee("c-1"));
    long key = start(rest(), d.processId(), Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();

    rest().newAssignUserTaskCommand(taskKey).assignee("c-2").send().join();
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getAssignee()).isEqualTo("c-2");

    assertRejected(
        Transport.REST,
        () ->
            rest()
                .newAssignUserTaskCommand(taskKey)
                .assignee("c-3")
                .allowOverride(false)
                .send()
                .join(),
        409,
        Status.Code.FAILED_PRECONDITION,
        "already assigned");

    rest().newUnassignUserTaskCommand(taskKey).send().join();
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getAssignee()).isNull();
    rest().newAssignUserTaskCommand(taskKey).assignee("c-3").allowOverride(false).send().join();
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getAssignee()).isEqualTo("c-3");

    rest().newCompleteUserTaskCommand(taskKey).send().join();
    assertRejected(
        Transport.REST,
        () -> rest().newAssignUserTaskCommand(taskKey).assignee("c-4").send().join(),
        404,
        Status.Code.NOT_FOUND,
        "no such user task");
  }

  @Test
  void anUpdateChangesDatesCandidatesAndPriorityAndAnEmptyDateClearsIt() {
    Deployed d = deployReview(t -> t.zeebeDueDate("2026-12-10T17:00:00Z"));
    long key = start(rest(), d.processId(), Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();

    rest()
        .newUpdateUserTaskCommand(taskKey)
        .followUpDate("2026-12-05T08:00:00Z")
        .candidateGroups("denials")
        .candidateUsers("u-7", "u-8")
        .priority(80)
        .send()
        .join();
    UserTask updated = rest().newUserTaskGetRequest(taskKey).send().join();
    assertThat(updated.getFollowUpDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-05T08:00:00Z").toInstant());
    assertThat(updated.getDueDate()).isNotNull();
    assertThat(updated.getCandidateGroups()).containsExactly("denials");
    assertThat(updated.getCandidateUsers()).containsExactly("u-7", "u-8");
    assertThat(updated.getPriority()).isEqualTo(80);
    assertThat(
            keysOf(
                rest()
                    .newUserTaskSearchRequest()
                    .filter(f -> f.candidateGroup("denials").processInstanceKey(key))
                    .send()
                    .join()
                    .items()))
        .containsExactly(taskKey);

    rest().newUpdateUserTaskCommand(taskKey).clearDueDate().clearCandidateGroups().send().join();
    UserTask cleared = rest().newUserTaskGetRequest(taskKey).send().join();
    assertThat(cleared.getDueDate()).isNull();
    assertThat(cleared.getCandidateGroups()).isEmpty();
    assertThat(cleared.getPriority()).isEqualTo(80);
  }

  @Test
  void badPayloadsAreRejectedNamingTheField() {
    Deployed d = deployReview(t -> {});
    long key = start(rest(), d.processId(), Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();

    assertRejected(
        Transport.REST,
        () -> rest().newUpdateUserTaskCommand(taskKey).priority(101).send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "changeset.priority");
    assertRejected(
        Transport.REST,
        () -> rest().newUpdateUserTaskCommand(taskKey).dueDate("next friday").send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "changeset.dueDate");
    assertThat(
            httpStatus(
                "POST", "/v2/user-tasks/" + taskKey + "/completion", "{\"variables\":[1,2]}"))
        .isEqualTo(400);
    assertThat(http400Detail("/v2/user-tasks/" + taskKey + "/completion", "{\"variables\":3}"))
        .contains("variables");
    assertThat(http400Detail("/v2/user-tasks/" + taskKey + "/assignment", "{\"assignee\":\"\"}"))
        .contains("assignee");
    assertThat(http400Detail("/v2/user-tasks/search", "{\"filter\":{\"priority\":\"high\"}}"))
        .contains("priority");
    assertThat(http400Detail("/v2/user-tasks/search", "{\"filter\":{\"owner\":\"x\"}}"))
        .contains("owner");
    assertThat(userTasks(key).get(0).getState()).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void cancellingTheProcessInstanceCancelsTheUserTask() {
    Deployed d = deployReview(t -> {});
    long key = start(rest(), d.processId(), Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();

    rest().newCancelInstanceCommand(key).send().join();

    UserTask canceled = rest().newUserTaskGetRequest(taskKey).send().join();
    assertThat(canceled.getState()).isEqualTo(UserTaskState.CANCELED);
    assertRejected(
        Transport.REST,
        () -> rest().newCompleteUserTaskCommand(taskKey).send().join(),
        404,
        Status.Code.NOT_FOUND,
        "no such user task");
  }

  @Test
  void anInterruptingTimerBoundaryEventCancelsTheUserTask() {
    String id = uniqueId("escalate");
    String jobType = uniqueId("escalate");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("Task_ReviewClaim", t -> t.zeebeUserTask())
            .boundaryEvent("Event_ReviewOverdue", b -> b.timerWithDuration("PT4H"))
            .serviceTask("Task_EscalateReview", t -> t.zeebeJobType(jobType))
            .endEvent()
            .moveToActivity("Task_ReviewClaim")
            .endEvent()
            .done();
    deploy(rest(), model, id);
    long key = start(rest(), id, Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();

    increaseTime(Duration.ofHours(5));

    assertThat(activateOne(rest(), jobType).getProcessInstanceKey()).isEqualTo(key);
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getState())
        .isEqualTo(UserTaskState.CANCELED);
  }

  @Test
  void aNonInterruptingTimerBoundaryEventLeavesTheUserTaskWaiting() {
    String id = uniqueId("remind");
    String jobType = uniqueId("remind");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("Task_ReviewClaim", t -> t.zeebeUserTask())
            .boundaryEvent(
                "Event_ReminderDue", b -> b.cancelActivity(false).timerWithCycle("R2/PT1H"))
            .serviceTask("Task_SendReminder", t -> t.zeebeJobType(jobType))
            .endEvent()
            .moveToActivity("Task_ReviewClaim")
            .endEvent()
            .done();
    deploy(rest(), model, id);
    long key = start(rest(), id, Map.of());
    long taskKey = awaitUserTask(key).getUserTaskKey();

    increaseTime(Duration.ofMinutes(61));

    assertThat(activateOne(rest(), jobType).getProcessInstanceKey()).isEqualTo(key);
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getState())
        .isEqualTo(UserTaskState.CREATED);
    rest().newCompleteUserTaskCommand(taskKey).send().join();
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getState())
        .isEqualTo(UserTaskState.COMPLETED);
  }

  @Test
  void aUserTaskInsideASubProcessIsCanceledWhenAnInterruptingMessageEndsTheSubProcess() {
    String id = uniqueId("withdrawn");
    String message = uniqueId("claim-withdrawn");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "Sub_Review",
                s ->
                    s.embeddedSubProcess()
                        .startEvent()
                        .userTask("Task_ReviewClaim", t -> t.zeebeUserTask())
                        .endEvent())
            .boundaryEvent(
                "Event_ClaimWithdrawn",
                b -> b.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId")))
            .endEvent("Event_Withdrawn")
            .moveToActivity("Sub_Review")
            .endEvent()
            .done();
    deploy(rest(), model, id);
    long key = start(rest(), id, Map.of("claimId", "C-5"));
    long taskKey = awaitUserTask(key).getUserTaskKey();

    publish(rest(), message, "C-5");

    awaitState(rest(), key, "COMPLETED");
    assertThat(rest().newUserTaskGetRequest(taskKey).send().join().getState())
        .isEqualTo(UserTaskState.CANCELED);
    assertThat(completedElementIds(rest(), key)).contains("Event_Withdrawn");
  }

  @Test
  void aParallelMultiInstanceUserTaskCreatesOneTaskPerElementAndWaitsForAll() {
    String id = uniqueId("co-sign");
    String jobType = uniqueId("after-co-sign");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "Task_CoSignClaim",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssigneeExpression("reviewer")
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("reviewers")
                                    .zeebeInputElement("reviewer")))
            .serviceTask("Task_Submit", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(rest(), model, id);
    long key = start(rest(), id, Map.of("reviewers", List.of("r-1", "r-2", "r-3")));
    await().atMost(Duration.ofSeconds(10)).until(() -> userTasks(key).size() == 3);

    List<UserTask> tasks = userTasks(key);
    assertThat(tasks)
        .extracting(UserTask::getAssignee)
        .containsExactlyInAnyOrder("r-1", "r-2", "r-3");
    rest().newCompleteUserTaskCommand(tasks.get(0).getUserTaskKey()).send().join();
    rest().newCompleteUserTaskCommand(tasks.get(1).getUserTaskKey()).send().join();
    assertThat(activateBriefly(rest(), jobType)).isEmpty();

    rest().newCompleteUserTaskCommand(tasks.get(2).getUserTaskKey()).send().join();
    assertThat(activateOne(rest(), jobType).getProcessInstanceKey()).isEqualTo(key);
  }

  @Test
  void inputAndOutputMappingsApplyToTheUserTask() {
    Deployed d =
        deployReview(
            t ->
                t.zeebeInputExpression("claim.payer", "payer")
                    .zeebeOutputExpression("decision", "reviewDecision"));
    long key = start(rest(), d.processId(), Map.of("claim", Map.of("payer", "P-1")));
    long taskKey = awaitUserTask(key).getUserTaskKey();

    var variables =
        rest().newUserTaskVariableSearchRequest(taskKey).send().join().items().stream()
            .collect(Collectors.toMap(Variable::getName, Variable::getValue));
    assertThat(variables).containsEntry("payer", "\"P-1\"").containsKey("claim");

    rest()
        .newCompleteUserTaskCommand(taskKey)
        .variables(Map.of("decision", "approve", "scratch", 1))
        .send()
        .join();

    assertThat(globalVariables(rest(), key))
        .containsEntry("reviewDecision", "\"approve\"")
        .doesNotContainKeys("decision", "scratch", "payer");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void variablesSetOnTheUserTaskScopeAreLocalToItAndVisibleInItsVariables(Transport transport) {
    Deployed d = deployReview(t -> {});
    long key = start(rest(), d.processId(), Map.of("note", "outer"));
    UserTask task = awaitUserTask(key);

    client(transport)
        .newSetVariablesCommand(task.getElementInstanceKey())
        .variables(Map.of("note", "inner", "draft", true))
        .local(true)
        .send()
        .join();

    var variables =
        rest()
            .newUserTaskVariableSearchRequest(task.getUserTaskKey())
            .send()
            .join()
            .items()
            .stream()
            .collect(Collectors.toMap(Variable::getName, Variable::getValue));
    assertThat(variables).containsEntry("note", "\"inner\"").containsEntry("draft", "true");
    assertThat(globalVariables(rest(), key)).containsEntry("note", "\"outer\"");
    assertThat(
            keysOf(
                rest()
                    .newUserTaskSearchRequest()
                    .filter(
                        f -> f.bpmnProcessId(d.processId()).localVariables(Map.of("draft", true)))
                    .send()
                    .join()
                    .items()))
        .containsExactly(task.getUserTaskKey());
    assertThat(
            keysOf(
                rest()
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.bpmnProcessId(d.processId())
                                .processInstanceVariables(Map.of("note", "\"outer\"")))
                    .send()
                    .join()
                    .items()))
        .containsExactly(task.getUserTaskKey());
  }

  @Test
  void customHeadersAndAnExternalFormReferenceAreReported() {
    Deployed d =
        deployReview(
            t ->
                t.zeebeExternalFormReferenceExpression(
                        "\"https://forms.example/claims/\" + claimId")
                    .zeebeTaskHeader("queue", "denials"));
    long key = start(rest(), d.processId(), Map.of("claimId", "C-1"));

    UserTask task = awaitUserTask(key);

    assertThat(task.getExternalFormReference()).isEqualTo("https://forms.example/claims/C-1");
    assertThat(task.getCustomHeaders()).containsEntry("queue", "denials");
    assertThat(task.getFormKey()).isNull();
    assertThat(httpStatus("GET", "/v2/user-tasks/" + task.getUserTaskKey() + "/form", null))
        .isEqualTo(204);
  }

  @Test
  void aJobWorkerUserTaskIsAJobOfTypeUserTaskWithItsAssignmentInHeaders() {
    String id = uniqueId("legacy");
    String jobType = uniqueId("after");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "Task_Legacy",
                t ->
                    t.zeebeAssignee("c-1")
                        .zeebeCandidateGroups("billing,coding")
                        .zeebeFormKey("custom:claim-review"))
            .serviceTask("Task_After", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(rest(), model, id);
    long key = start(rest(), id, Map.of());

    var jobs =
        activate(rest(), "io.camunda.zeebe:userTask", 50).stream()
            .filter(j -> j.getProcessInstanceKey() == key)
            .toList();
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).getCustomHeaders())
        .containsEntry("io.camunda.zeebe:assignee", "c-1")
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"billing\",\"coding\"]")
        .containsEntry("io.camunda.zeebe:formKey", "custom:claim-review");
    assertThat(userTasks(key)).isEmpty();

    rest().newCompleteCommand(jobs.get(0).getKey()).send().join();
    assertThat(activateOne(rest(), jobType).getProcessInstanceKey()).isEqualTo(key);
  }

  @Test
  void userTaskExtensionsOnAnotherElementAreRejectedAtDeployment() {
    String id = uniqueId("misplaced");
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="%s" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:serviceTask id="Task_Submit">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="submit" />
                <zeebe:assignmentDefinition assignee="c-1" />
              </bpmn:extensionElements>
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Task_Submit" />
            <bpmn:sequenceFlow id="f2" sourceRef="Task_Submit" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(id);
    assertRejected(
        Transport.REST,
        () ->
            rest()
                .newDeployResourceCommand()
                .addResourceStringUtf8(xml, id + ".bpmn")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "zeebe:assignmentDefinition is only allowed on a user task");
  }

  // ---------------------------------------------------------------------------------------------

  static List<Long> instancesOf(List<UserTask> tasks) {
    return tasks.stream().map(UserTask::getProcessInstanceKey).toList();
  }

  static List<Long> keysOf(List<UserTask> tasks) {
    return tasks.stream().map(UserTask::getUserTaskKey).toList();
  }

  static int httpStatus(String method, String path, String json) {
    return com.infusionbilling.runtime.testing.TestHttp.status(
        com.infusionbilling.runtime.testing.TestRuntime.get().restAddress(), method, path, json);
  }

  /** The detail of a 400 problem answered to a POST. */
  static String http400Detail(String path, String json) {
    var response =
        com.infusionbilling.runtime.testing.TestHttp.exchange(
            com.infusionbilling.runtime.testing.TestRuntime.get().restAddress(),
            "POST",
            path,
            json);
    assertThat(response.status()).as(path).isEqualTo(400);
    return response.body();
  }
}
