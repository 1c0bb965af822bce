package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signal events and link events, as docs.camunda.io's "Signal events" and "Link events" pages
 * describe them: a broadcast signal reaches every waiting catch event, boundary event and signal
 * start event; a link throw event continues at the link catch event of the same name.
 */
class SignalConformanceTest extends EventConformanceSupport {

  private static void broadcast(CamundaClient client, String signal, Map<String, Object> vars) {
    client.newBroadcastSignalCommand().signalName(signal).variables(vars).send().join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aBroadcastSignalTriggersEveryWaitingCatchEventWithItsVariables(Transport transport) {
    var client = client(transport);
    String id = uniqueId("signal");
    String signal = uniqueId("fee-schedule-updated");
    String jobType = uniqueId("reprice");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent("Event_FeeScheduleUpdated", e -> e.signal(signal))
            .serviceTask("Task_Reprice", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);
    long first = start(client, id, Map.of());
    long second = start(client, id, Map.of());
    awaitActive(client, second, "Event_FeeScheduleUpdated");

    broadcast(client, signal, Map.of("schedule", "2026Q3"));

    List<ActivatedJob> jobs = activate(client, jobType, 5);
    assertThat(jobs)
        .extracting(ActivatedJob::getProcessInstanceKey)
        .containsExactlyInAnyOrder(first, second);
    assertThat(jobs).allSatisfy(j -> assertThat(j.getVariablesAsMap()).containsKey("schedule"));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSignalStartEventStartsAnInstanceOfTheLatestVersion(Transport transport) {
    var client = client(transport);
    String id = uniqueId("recall");
    String signal = uniqueId("drug-recall");
    String jobType = uniqueId("notify");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent("Event_DrugRecalled")
            .signal(signal)
            .serviceTask("Task_NotifyPatients", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);

    broadcast(client, signal, Map.of("ndc", "00002-7510-01"));

    ActivatedJob job = activateOne(client, jobType);
    assertThat(job.getBpmnProcessId()).isEqualTo(id);
    assertThat(job.getVariablesAsMap()).containsEntry("ndc", "00002-7510-01");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSignalBoundaryEventInterruptsTheTask(Transport transport) {
    var client = client(transport);
    String id = uniqueId("signalboundary");
    String signal = uniqueId("payer-outage");
    String jobType = uniqueId("submit");
    String fallbackType = uniqueId("fallback");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_Submit", t -> t.zeebeJobType(jobType))
            .boundaryEvent("Event_Outage", b -> b.signal(signal))
            .serviceTask("Task_Fallback", t -> t.zeebeJobType(fallbackType))
            .endEvent()
            .moveToActivity("Task_Submit")
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Task_Submit");

    broadcast(client, signal, Map.of());

    assertThat(activateOne(client, fallbackType).getProcessInstanceKey()).isEqualTo(key);
    assertThat(terminatedElementIds(client, key)).containsExactly("Task_Submit");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonInterruptingSignalEventSubProcessStartsInEveryActiveInstance(Transport transport) {
    var client = client(transport);
    String id = uniqueId("signalsub");
    String signal = uniqueId("formulary-changed");
    String work = uniqueId("work");
    String review = uniqueId("review");
    var model =
        Bpmn.createExecutableProcess(id)
            .eventSubProcess(
                "Sub_FormularyChanged",
                s ->
                    s.startEvent("Event_FormularyChanged")
                        .interrupting(false)
                        .signal(signal)
                        .serviceTask("Task_ReviewCoverage", t -> t.zeebeJobType(review))
                        .endEvent())
            .startEvent()
            .serviceTask("Task_Work", t -> t.zeebeJobType(work))
            .endEvent()
            .done();
    deploy(client, model, id);
    long first = start(client, id, Map.of());
    long second = start(client, id, Map.of());
    awaitActive(client, second, "Task_Work");

    broadcast(client, signal, Map.of());

    assertThat(activate(client, review, 5))
        .extracting(ActivatedJob::getProcessInstanceKey)
        .containsExactlyInAnyOrder(first, second);
    assertThat(activeElementIds(client, first)).contains("Task_Work");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSignalEndEventBroadcastsToOtherInstances(Transport transport) {
    var client = client(transport);
    String signal = uniqueId("eligibility-refreshed");
    String waiter = uniqueId("waiter");
    String thrower = uniqueId("thrower");
    String jobType = uniqueId("recheck");
    deploy(
        client,
        Bpmn.createExecutableProcess(waiter)
            .startEvent()
            .intermediateCatchEvent("Event_Refreshed", e -> e.signal(signal))
            .serviceTask("Task_Recheck", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done(),
        waiter);
    deploy(
        client,
        Bpmn.createExecutableProcess(thrower)
            .startEvent()
            .endEvent("End_Refreshed", e -> e.signal(signal))
            .done(),
        thrower);
    long waiting = start(client, waiter, Map.of());
    awaitActive(client, waiting, "Event_Refreshed");

    long throwing = start(client, thrower, Map.of());

    awaitState(client, throwing, "COMPLETED");
    assertThat(activateOne(client, jobType).getProcessInstanceKey()).isEqualTo(waiting);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aLinkThrowEventContinuesAtTheLinkCatchEventOfTheSameName(Transport transport) {
    var client = client(transport);
    String id = uniqueId("link");
    String jobType = uniqueId("bill");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateThrowEvent("Event_GoToBilling", e -> e.link("billing"))
            .moveToProcess(id)
            .linkCatchEvent("Event_Billing")
            .link("billing")
            .serviceTask("Task_Bill", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    assertThat(activateOne(client, jobType).getProcessInstanceKey()).isEqualTo(key);
    assertThat(completedElementIds(client, key)).contains("Event_GoToBilling", "Event_Billing");
    assertThat(client.newProcessInstanceSequenceFlowsRequest(key).send().join())
        .noneMatch(f -> f.getElementId().contains("->"));
  }
}
