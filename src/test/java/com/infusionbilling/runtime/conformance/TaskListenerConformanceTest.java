package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.TaskListenerBuilder;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * User task listeners as docs.camunda.io "User task listeners" describes them: a lifecycle
 * transition waits for its listener jobs, which see the task's data, may correct it or deny the
 * transition. The user task API is REST; the listener jobs are completed over REST and gRPC.
 */
class TaskListenerConformanceTest extends ConformanceSupport {

  private record Deployed(String processId, String listenerType) {}

  private static Deployed deploy(CamundaClient client, UnaryOperator<TaskListenerBuilder> event) {
    String id = uniqueId("task_listener");
    String type = uniqueId("listener");
    deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "Task_ReviewClaim",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> event.apply(l).type(type)))
            .endEvent()
            .done(),
        id);
    return new Deployed(id, type);
  }

  private static CamundaClient rest() {
    return client(Transport.REST);
  }

  private static UserTask task(long processInstanceKey) {
    return UserTaskConformanceTest.awaitUserTask(processInstanceKey);
  }

  private static UserTask taskInState(long processInstanceKey, UserTaskState state) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> task(processInstanceKey).getState() == state);
    return task(processInstanceKey);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCompletionWaitsForTheCompletingListenerJob(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::completing);
    long key = start(client, d.processId(), Map.of());
    long taskKey = taskInState(key, UserTaskState.CREATED).getUserTaskKey();

    rest().newCompleteUserTaskCommand(taskKey).variables(Map.of("approved", true)).send().join();

    assertThat(task(key).getState()).isEqualTo(UserTaskState.COMPLETING);
    ActivatedJob job = activateOne(client, d.listenerType());
    assertThat(job.getKind()).isEqualTo(JobKind.TASK_LISTENER);
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.COMPLETING);
    assertThat(job.getUserTask().getUserTaskKey()).isEqualTo(taskKey);
    assertThat(job.getUserTask().getAction()).isEqualTo("complete");
    client.newCompleteCommand(job).send().join();

    awaitState(client, key, "COMPLETED");
    assertThat(task(key).getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(globalVariables(client, key)).containsEntry("approved", "true");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aDeniedCompletionLeavesTheTaskAsItWas(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::completing);
    long key = start(client, d.processId(), Map.of());
    long taskKey = taskInState(key, UserTaskState.CREATED).getUserTaskKey();
    rest().newCompleteUserTaskCommand(taskKey).send().join();

    ActivatedJob job = activateOne(client, d.listenerType());
    client
        .newCompleteCommand(job)
        .withResult(r -> r.forUserTask().deny(true, "documentation missing"))
        .send()
        .join();

    assertThat(taskInState(key, UserTaskState.CREATED).getCompletionDate()).isNull();
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anAssigningListenerSeesTheChangeAndItsCorrectionsApply(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::assigning);
    long key = start(client, d.processId(), Map.of());
    long taskKey = taskInState(key, UserTaskState.CREATED).getUserTaskKey();

    rest().newAssignUserTaskCommand(taskKey).assignee("alice").action("claim").send().join();

    assertThat(task(key).getState()).isEqualTo(UserTaskState.ASSIGNING);
    ActivatedJob job = activateOne(client, d.listenerType());
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.ASSIGNING);
    assertThat(job.getUserTask().getAssignee()).isEqualTo("alice");
    assertThat(job.getUserTask().getAction()).isEqualTo("claim");
    assertThat(job.getUserTask().getChangedAttributes()).containsExactly("assignee");
    client
        .newCompleteCommand(job)
        .withResult(r -> r.forUserTask().correctAssignee("bob").correctPriority(80))
        .send()
        .join();

    UserTask task = taskInState(key, UserTaskState.CREATED);
    assertThat(task.getAssignee()).isEqualTo("bob");
    assertThat(task.getPriority()).isEqualTo(80);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCreatingListenerRunsBeforeTheTaskIsCreatedAndMayCorrectIt(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::creating);
    long key = start(client, d.processId(), Map.of());

    assertThat(task(key).getState()).isEqualTo(UserTaskState.CREATING);
    ActivatedJob job = activateOne(client, d.listenerType());
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.CREATING);
    client
        .newCompleteCommand(job)
        .withResult(r -> r.forUserTask().correctCandidateGroups(List.of("coders")))
        .send()
        .join();

    UserTask task = taskInState(key, UserTaskState.CREATED);
    assertThat(task.getCandidateGroups()).containsExactly("coders");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anUpdatingListenerSeesWhichAttributesChange(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::updating);
    long key = start(client, d.processId(), Map.of());
    long taskKey = taskInState(key, UserTaskState.CREATED).getUserTaskKey();

    rest().newUpdateUserTaskCommand(taskKey).priority(90).send().join();

    ActivatedJob job = activateOne(client, d.listenerType());
    assertThat(job.getUserTask().getChangedAttributes()).containsExactly("priority");
    assertThat(job.getUserTask().getPriority()).isEqualTo(90);
    assertThat(job.getUserTask().getAction()).isEqualTo("update");
    client.newCompleteCommand(job).send().join();

    assertThat(taskInState(key, UserTaskState.CREATED).getPriority()).isEqualTo(90);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCancelingListenerRunsWhenTheTaskIsTerminated(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::canceling);
    long key = start(client, d.processId(), Map.of());
    taskInState(key, UserTaskState.CREATED);

    client.newCancelInstanceCommand(key).send().join();

    assertThat(task(key).getState()).isEqualTo(UserTaskState.CANCELING);
    ActivatedJob job = activateOne(client, d.listenerType());
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.CANCELING);
    client.newCompleteCommand(job).send().join();
    assertThat(taskInState(key, UserTaskState.CANCELED).getCompletionDate()).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aListenerJobCannotBeCompletedWithVariables(Transport transport) {
    var client = client(transport);
    Deployed d = deploy(client, TaskListenerBuilder::completing);
    long key = start(client, d.processId(), Map.of());
    rest()
        .newCompleteUserTaskCommand(taskInState(key, UserTaskState.CREATED).getUserTaskKey())
        .send()
        .join();
    ActivatedJob job = activateOne(client, d.listenerType());

    assertRejected(
        transport,
        () -> client.newCompleteCommand(job).variables(Map.of("x", 1)).send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "without variables");
    assertThat(task(key).getState()).isEqualTo(UserTaskState.COMPLETING);
  }
}
