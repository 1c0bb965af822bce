package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Escalation events and the terminate end event, as docs.camunda.io's "Escalation events" and
 * "Terminate events" pages describe them.
 */
class EscalationConformanceTest extends EventConformanceSupport {

  /** A prior authorization that escalates to a supervisor, caught on its sub-process. */
  private static BpmnModelInstance escalating(
      String id, String supervisorType, String continueType, boolean interrupting) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .subProcess(
            "Sub_PriorAuthorization",
            s ->
                s.embeddedSubProcess()
                    .startEvent()
                    .intermediateThrowEvent(
                        "Event_NeedsSupervisor", e -> e.escalation("SUPERVISOR"))
                    .serviceTask("Task_Continue", t -> t.zeebeJobType(continueType))
                    .endEvent())
        .boundaryEvent(
            "Event_SupervisorNeeded", b -> b.cancelActivity(interrupting).escalation("SUPERVISOR"))
        .serviceTask("Task_Supervisor", t -> t.zeebeJobType(supervisorType))
        .endEvent()
        .moveToActivity("Sub_PriorAuthorization")
        .endEvent()
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonInterruptingEscalationBoundaryEventRunsBesideTheEscalatingSubProcess(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("escalate");
    String supervisor = uniqueId("supervisor");
    String carryOn = uniqueId("continue");
    deploy(client, escalating(id, supervisor, carryOn, false), id);
    long key = start(client, id, Map.of());

    assertThat(activateOne(client, supervisor).getProcessInstanceKey()).isEqualTo(key);
    assertThat(activateOne(client, carryOn).getProcessInstanceKey()).isEqualTo(key);
    assertThat(completedElementIds(client, key))
        .contains("Event_NeedsSupervisor", "Event_SupervisorNeeded");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInterruptingEscalationBoundaryEventTerminatesTheSubProcess(Transport transport) {
    var client = client(transport);
    String id = uniqueId("escalatestop");
    String supervisor = uniqueId("supervisor");
    String carryOn = uniqueId("continue");
    deploy(client, escalating(id, supervisor, carryOn, true), id);
    long key = start(client, id, Map.of());

    assertThat(activateOne(client, supervisor).getProcessInstanceKey()).isEqualTo(key);
    assertThat(activateBriefly(client, carryOn)).isEmpty();
    assertThat(terminatedElementIds(client, key))
        .contains("Sub_PriorAuthorization", "Event_NeedsSupervisor");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anEscalationThatNothingCatchesIsIgnored(Transport transport) {
    var client = client(transport);
    String id = uniqueId("ignored");
    String next = uniqueId("next");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateThrowEvent("Event_Escalate", e -> e.escalation("NOBODY_LISTENS"))
            .serviceTask("Task_Next", t -> t.zeebeJobType(next))
            .endEvent("End_Escalated", e -> e.escalation("STILL_NOBODY"))
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    client.newCompleteCommand(activateOne(client, next).getKey()).send().join();

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Event_Escalate", "End_Escalated");
    assertThat(incidents(client, key)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anEscalationEndEventTriggersANonInterruptingEscalationEventSubProcess(Transport transport) {
    var client = client(transport);
    String id = uniqueId("escalationsub");
    String notify = uniqueId("notify");
    var model =
        Bpmn.createExecutableProcess(id)
            .eventSubProcess(
                "Sub_NotifyManager",
                s ->
                    s.startEvent("Event_Escalated")
                        .escalation("LATE")
                        .interrupting(false)
                        .serviceTask("Task_NotifyManager", t -> t.zeebeJobType(notify))
                        .endEvent())
            .startEvent()
            .endEvent("End_Late", e -> e.escalation("LATE"))
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    var job = activateOne(client, notify);
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    assertThat(completedElementIds(client, key)).contains("End_Late");
    client.newCompleteCommand(job.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTerminateEndEventEndsEverythingInItsScopeAndCompletesTheProcess(Transport transport) {
    var client = client(transport);
    String id = uniqueId("terminate");
    String slow = uniqueId("slow");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .parallelGateway("Fork")
            .serviceTask("Task_Slow", t -> t.zeebeJobType(slow))
            .endEvent()
            .moveToNode("Fork")
            .endEvent("End_Terminate", e -> e.terminate())
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("End_Terminate");
    assertThat(activateBriefly(client, slow)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTerminateEndEventInASubProcessOnlyEndsTheSubProcess(Transport transport) {
    var client = client(transport);
    String id = uniqueId("terminatesub");
    String inner = uniqueId("inner");
    String after = uniqueId("after");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "Sub_Checks",
                s ->
                    s.embeddedSubProcess()
                        .startEvent()
                        .parallelGateway("Fork")
                        .serviceTask("Task_Inner", t -> t.zeebeJobType(inner))
                        .endEvent()
                        .moveToNode("Fork")
                        .endEvent("End_TerminateChecks", e -> e.terminate()))
            .serviceTask("Task_After", t -> t.zeebeJobType(after))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    assertThat(activateOne(client, after).getProcessInstanceKey()).isEqualTo(key);
    assertThat(completedElementIds(client, key)).contains("Sub_Checks", "End_TerminateChecks");
    assertThat(terminatedElementIds(client, key)).contains("Task_Inner");
  }
}
