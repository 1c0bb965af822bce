package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Timers, as docs.camunda.io's "Timer events" page describes them: time date, time duration and
 * time cycle (ISO 8601 repeating intervals and cron), static or FEEL, on start events, intermediate
 * catch events and interrupting or non-interrupting boundary events, all driven by the runtime
 * clock that Camunda Process Test moves.
 */
class TimerConformanceTest extends EventConformanceSupport {

  private static BpmnModelInstance waitThenWork(String id, String jobType, String duration) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .intermediateCatchEvent("Event_WaitPeriod", e -> e.timerWithDurationExpression(duration))
        .serviceTask("Task_Resubmit", t -> t.zeebeJobType(jobType))
        .endEvent()
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimerCatchEventWaitsForItsDurationOnTheRuntimeClock(Transport transport) {
    var client = client(transport);
    String id = uniqueId("wait");
    String jobType = uniqueId("resubmit");
    deploy(client, waitThenWork(id, jobType, "\"PT2H\""), id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Event_WaitPeriod");

    increaseTime(Duration.ofMinutes(119));
    assertThat(activateBriefly(client, jobType)).isEmpty();
    increaseTime(Duration.ofMinutes(2));
    assertThat(activateOne(client, jobType).getProcessInstanceKey()).isEqualTo(key);
    assertThat(completedElementIds(client, key)).contains("Event_WaitPeriod");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimerDurationCanComeFromAFeelExpressionOverVariables(Transport transport) {
    var client = client(transport);
    String id = uniqueId("feelwait");
    String jobType = uniqueId("followup");
    deploy(client, waitThenWork(id, jobType, "duration(\"P\" + string(days) + \"D\")"), id);
    start(client, id, Map.of("days", 14));

    increaseTime(Duration.ofDays(13));
    assertThat(activateBriefly(client, jobType)).isEmpty();
    increaseTime(Duration.ofDays(1).plusMinutes(1));
    assertThat(activateOne(client, jobType)).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimeDateTimerFiresAtThatDate(Transport transport) {
    var client = client(transport);
    String id = uniqueId("date");
    String jobType = uniqueId("renew");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent(
                "Event_RenewalDate", e -> e.timerWithDateExpression("date and time(renewOn)"))
            .serviceTask("Task_Renew", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);
    Instant now = clockNow();
    start(client, id, Map.of("renewOn", now.plus(Duration.ofDays(3)).toString()));

    increaseTime(Duration.ofDays(2));
    assertThat(activateBriefly(client, jobType)).isEmpty();
    increaseTime(Duration.ofDays(1).plusSeconds(1));
    assertThat(activateOne(client, jobType)).isNotNull();
  }

  /** Waiting for the payer, with an interrupting timeout that escalates. */
  private static BpmnModelInstance awaitPayerWithTimeout(
      String id, String jobType, String escalateType, String timeout) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .serviceTask("Task_AwaitPayer", t -> t.zeebeJobType(jobType))
        .boundaryEvent("Event_PayerTimeout", b -> b.timerWithDuration(timeout))
        .serviceTask("Task_Escalate", t -> t.zeebeJobType(escalateType))
        .endEvent()
        .moveToActivity("Task_AwaitPayer")
        .endEvent()
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInterruptingTimerBoundaryEventTerminatesTheTaskWhenItIsDue(Transport transport) {
    var client = client(transport);
    String id = uniqueId("timeout");
    String jobType = uniqueId("submit");
    String escalateType = uniqueId("escalate");
    deploy(client, awaitPayerWithTimeout(id, jobType, escalateType, "P30D"), id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Task_AwaitPayer");

    increaseTime(Duration.ofDays(31));

    assertThat(activateOne(client, escalateType).getProcessInstanceKey()).isEqualTo(key);
    assertThat(terminatedElementIds(client, key)).containsExactly("Task_AwaitPayer");
    assertThat(activateBriefly(client, jobType)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aBoundaryTimerIsCanceledWhenTheTaskCompletesFirst(Transport transport) {
    var client = client(transport);
    String id = uniqueId("intime");
    String jobType = uniqueId("submit");
    String escalateType = uniqueId("escalate");
    deploy(client, awaitPayerWithTimeout(id, jobType, escalateType, "PT1H"), id);
    long key = start(client, id, Map.of());
    client.newCompleteCommand(activateOne(client, jobType).getKey()).send().join();
    awaitState(client, key, "COMPLETED");

    increaseTime(Duration.ofHours(2));

    assertThat(activateBriefly(client, escalateType)).isEmpty();
    assertThat(completedElementIds(client, key)).doesNotContain("Event_PayerTimeout");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonInterruptingTimerBoundaryEventWithACycleFiresOncePerIntervalUpToItsRepetitions(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("reminders");
    String jobType = uniqueId("document");
    String remindType = uniqueId("remind");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_DocumentInfusion", t -> t.zeebeJobType(jobType))
            .boundaryEvent("Event_Reminder", b -> b.cancelActivity(false).timerWithCycle("R3/PT1H"))
            .serviceTask("Task_SendReminder", t -> t.zeebeJobType(remindType))
            .endEvent()
            .moveToActivity("Task_DocumentInfusion")
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Task_DocumentInfusion");

    for (int hour = 1; hour <= 4; hour++) {
      increaseTime(Duration.ofHours(1).plusSeconds(1));
    }

    List<ActivatedJob> reminders = activate(client, remindType, 10);
    assertThat(reminders).hasSize(3);
    assertThat(count(completedElementIds(client, key), "Event_Reminder")).isEqualTo(3);
    assertThat(activeElementIds(client, key)).contains("Task_DocumentInfusion");
    client.newCancelInstanceCommand(key).send().join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimerStartEventStartsAnInstanceOnEveryCycle(Transport transport) {
    var client = client(transport);
    String id = uniqueId("nightly");
    String jobType = uniqueId("sweep");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent("Event_Nightly")
            .timerWithCycle("R2/PT24H")
            .serviceTask("Task_SweepMailbox", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);

    increaseTime(Duration.ofHours(25));
    completeAll(client, jobType, 1);
    increaseTime(Duration.ofHours(25));
    completeAll(client, jobType, 1);
    increaseTime(Duration.ofHours(25));
    assertThat(activateBriefly(client, jobType)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCronCycleFiresAtEachMatchingTime(Transport transport) {
    var client = client(transport);
    String id = uniqueId("hourly");
    String jobType = uniqueId("poll");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .timerWithCycle("0 0 * * * *")
            .serviceTask("Task_PollClearinghouse", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);

    increaseTime(Duration.ofMinutes(61));
    completeAll(client, jobType, 1);
    increaseTime(Duration.ofMinutes(60));
    completeAll(client, jobType, 1);
    redeployWithoutTimer(client, id);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void redeployingWithADifferentTimerStartEventReplacesTheOldSchedule(Transport transport) {
    var client = client(transport);
    String id = uniqueId("schedule");
    String oldType = uniqueId("old");
    String newType = uniqueId("new");
    deploy(client, timerStart(id, "R/PT1H", oldType), id);
    deploy(client, timerStart(id, "R/PT3H", newType), id);

    increaseTime(Duration.ofMinutes(61));
    assertThat(activateBriefly(client, oldType)).isEmpty();
    increaseTime(Duration.ofHours(2));
    List<ActivatedJob> jobs = activate(client, newType, 5);
    assertThat(jobs).hasSize(1);
    assertThat(
            client
                .newProcessInstanceGetRequest(jobs.get(0).getProcessInstanceKey())
                .send()
                .join()
                .getProcessDefinitionVersion())
        .isEqualTo(2);
    redeployWithoutTimer(client, id);
  }

  /** Completes the jobs of a type, asserting how many there are. */
  private static void completeAll(CamundaClient client, String jobType, int expected) {
    List<ActivatedJob> jobs = activate(client, jobType, 5);
    assertThat(jobs).hasSize(expected);
    jobs.forEach(job -> client.newCompleteCommand(job.getKey()).send().join());
  }

  private static BpmnModelInstance timerStart(String id, String cycle, String jobType) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .timerWithCycle(cycle)
        .serviceTask("Task_Work", t -> t.zeebeJobType(jobType))
        .endEvent()
        .done();
  }

  /** Ends an endless schedule, so later tests moving the clock do not start instances. */
  private static void redeployWithoutTimer(CamundaClient client, String id) {
    deploy(client, oneTask(id, uniqueId("none")), id);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInvalidStaticTimerIsRejectedAtDeployment(Transport transport) {
    var client = client(transport);
    var model =
        Bpmn.createExecutableProcess(uniqueId("badtimer"))
            .startEvent()
            .intermediateCatchEvent("Event_Wait", e -> e.timerWithDuration("two weeks"))
            .endEvent()
            .done();
    assertRejected(
        transport,
        () -> client.newDeployResourceCommand().addProcessModel(model, "bad.bpmn").send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "Event_Wait");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimerExpressionThatFailsRaisesAnIncidentThatCanBeResolved(Transport transport) {
    var client = client(transport);
    String id = uniqueId("badwait");
    String jobType = uniqueId("after");
    deploy(client, waitThenWork(id, jobType, "waitFor"), id);
    long key = start(client, id, Map.of("waitFor", 5));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    assertThat(incidents(client, key).get(0).getErrorType().name())
        .isEqualTo("EXTRACT_VALUE_ERROR");
    client.newSetVariablesCommand(key).variables(Map.of("waitFor", "PT5M")).send().join();
    client.newResolveIncidentCommand(incidents(client, key).get(0).getIncidentKey()).send().join();

    increaseTime(Duration.ofMinutes(6));
    assertThat(activateOne(client, jobType).getProcessInstanceKey()).isEqualTo(key);
  }
}
