package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Event sub-processes, as docs.camunda.io's "Event subprocesses" page describes them: their start
 * event subscribes while the enclosing scope is active; an interrupting one terminates everything
 * else in the scope, a non-interrupting one runs beside it and may start again.
 */
class EventSubProcessConformanceTest extends EventConformanceSupport {

  /** A claim in review that a cancellation message can interrupt or a status request can visit. */
  private static BpmnModelInstance claimReview(
      String id, String message, boolean interrupting, String reviewType, String handlerType) {
    return Bpmn.createExecutableProcess(id)
        .eventSubProcess(
            "Sub_OnMessage",
            s ->
                s.startEvent("Event_MessageArrived")
                    .interrupting(interrupting)
                    .message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId"))
                    .serviceTask("Task_Handle", t -> t.zeebeJobType(handlerType))
                    .endEvent())
        .startEvent()
        .serviceTask("Task_Review", t -> t.zeebeJobType(reviewType))
        .endEvent()
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInterruptingMessageEventSubProcessTerminatesTheScopeAndEndsIt(Transport transport) {
    var client = client(transport);
    String id = uniqueId("interrupt");
    String message = uniqueId("claim-withdrawn");
    String review = uniqueId("review");
    String handler = uniqueId("withdraw");
    deploy(client, claimReview(id, message, true, review, handler), id);
    long key = start(client, id, Map.of("claimId", "C-1"));
    awaitActive(client, key, "Task_Review");

    publish(client, message, "C-1", Map.of("reason", "duplicate"), Duration.ZERO);

    ActivatedJob handle = activateOne(client, handler);
    assertThat(handle.getVariablesAsMap()).containsEntry("reason", "duplicate");
    assertThat(terminatedElementIds(client, key)).containsExactly("Task_Review");
    assertThat(activateBriefly(client, review)).isEmpty();
    // interrupted: the event sub-process cannot start a second time
    publish(client, message, "C-1");
    assertThat(activateBriefly(client, handler)).isEmpty();
    client.newCompleteCommand(handle.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonInterruptingMessageEventSubProcessRunsBesideTheScopeAndMayStartAgain(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("beside");
    String message = uniqueId("status-requested");
    String review = uniqueId("review");
    String handler = uniqueId("answer");
    deploy(client, claimReview(id, message, false, review, handler), id);
    long key = start(client, id, Map.of("claimId", "C-2"));
    awaitActive(client, key, "Task_Review");

    publish(client, message, "C-2");
    publish(client, message, "C-2");

    List<ActivatedJob> answers = activate(client, handler, 5);
    assertThat(answers).hasSize(2);
    ActivatedJob reviewJob = activateOne(client, review);
    client.newCompleteCommand(reviewJob.getKey()).send().join();
    assertThat(processInstance(client, key).getState().name())
        .as("the scope waits for its event sub-processes")
        .isEqualTo("ACTIVE");
    answers.forEach(a -> client.newCompleteCommand(a.getKey()).send().join());
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimerEventSubProcessInASubProcessOnlyFiresWhileTheSubProcessIsActive(Transport transport) {
    var client = client(transport);
    String id = uniqueId("timersub");
    String work = uniqueId("work");
    String later = uniqueId("later");
    String remind = uniqueId("remind");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "Sub_Coding",
                s ->
                    s.embeddedSubProcess()
                        .eventSubProcess(
                            "Sub_Reminder",
                            e ->
                                e.startEvent("Event_Overdue")
                                    .interrupting(false)
                                    .timerWithCycle("R/PT8H")
                                    .serviceTask("Task_Remind", t -> t.zeebeJobType(remind))
                                    .endEvent())
                        .startEvent()
                        .serviceTask("Task_Code", t -> t.zeebeJobType(work))
                        .endEvent())
            .serviceTask("Task_Later", t -> t.zeebeJobType(later))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Task_Code");

    increaseTime(Duration.ofHours(8).plusSeconds(1));
    increaseTime(Duration.ofHours(8).plusSeconds(1));
    List<ActivatedJob> reminders = activate(client, remind, 5);
    assertThat(reminders).hasSize(2);
    reminders.forEach(r -> client.newCompleteCommand(r.getKey()).send().join());
    client.newCompleteCommand(activateOne(client, work).getKey()).send().join();
    awaitActive(client, key, "Task_Later");

    increaseTime(Duration.ofHours(9));
    assertThat(activateBriefly(client, remind)).isEmpty();
    client.newCancelInstanceCommand(key).send().join();
  }
}
