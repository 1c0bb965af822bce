package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Execution listeners as docs.camunda.io "Execution listeners" describes them: blocking jobs before
 * (start) and after (end) an element, in model order, with their variables local to the element
 * (start) or in its flow scope (end); failures and incidents like any job.
 */
class ExecutionListenerConformanceTest extends ConformanceSupport {

  private static String prefix() {
    return uniqueId("el") + "-";
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void startAndEndListenersRunAsJobsAroundTheElementInModelOrder(Transport transport) {
    var client = client(transport);
    String p = prefix();
    String id = uniqueId("listeners");
    deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "Task_Price",
                t ->
                    t.zeebeJobType(p + "price")
                        .zeebeStartExecutionListener(p + "load-fees")
                        .zeebeStartExecutionListener(p + "check-fees", "5")
                        .zeebeEndExecutionListener(p + "audit"))
            .endEvent()
            .done(),
        id);
    long key = start(client, id, Map.of());

    ActivatedJob first = activateOne(client, p + "load-fees");
    assertThat(first.getKind()).isEqualTo(JobKind.EXECUTION_LISTENER);
    assertThat(first.getListenerEventType()).isEqualTo(ListenerEventType.START);
    assertThat(first.getElementId()).isEqualTo("Task_Price");
    assertThat(activateBriefly(client, p + "check-fees")).isEmpty(); // one after the other
    assertThat(activateBriefly(client, p + "price")).isEmpty(); // blocking
    client.newCompleteCommand(first).variables(Map.of("feeSchedule", "2026")).send().join();

    ActivatedJob second = activateOne(client, p + "check-fees");
    assertThat(second.getRetries()).isEqualTo(5);
    assertThat(second.getVariablesAsMap()).containsEntry("feeSchedule", "2026");
    client.newCompleteCommand(second).send().join();

    ActivatedJob task = activateOne(client, p + "price");
    assertThat(task.getKind()).isEqualTo(JobKind.BPMN_ELEMENT);
    assertThat(task.getVariablesAsMap()).containsEntry("feeSchedule", "2026");
    client.newCompleteCommand(task).variables(Map.of("price", 10)).send().join();

    ActivatedJob end = activateOne(client, p + "audit");
    assertThat(end.getListenerEventType()).isEqualTo(ListenerEventType.END);
    assertThat(end.getVariablesAsMap()).containsEntry("price", 10);
    client.newCompleteCommand(end).variables(Map.of("audited", true)).send().join();

    awaitState(client, key, "COMPLETED");
    // start listener variables stay local to the element; end listener variables reach its scope
    assertThat(globalVariables(client, key))
        .containsEntry("audited", "true")
        .doesNotContainKey("feeSchedule");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aStartListenerOnAGatewaySetsTheVariableItsConditionReads(Transport transport) {
    var client = client(transport);
    String p = prefix();
    String id = uniqueId("gateway");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .exclusiveGateway("Gateway_PaRequired")
            .condition("Flow_Yes", "=paRequired")
            .endEvent("End_Yes")
            .moveToLastGateway()
            .sequenceFlowId("Flow_No")
            .conditionExpression("= not(paRequired)")
            .endEvent("End_No")
            .done();
    // the builder offers no listeners on gateways: add them as Camunda Modeler writes them
    String xml =
        Bpmn.convertToString(model)
            .replaceFirst(
                "(<exclusiveGateway id=\"Gateway_PaRequired\"[^>]*>)",
                "$1<extensionElements><zeebe:executionListeners"
                    + " xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\">"
                    + "<zeebe:executionListener eventType=\"start\" type=\""
                    + p
                    + "decide\"/></zeebe:executionListeners></extensionElements>");
    assertThat(xml).contains("zeebe:executionListener ");
    client.newDeployResourceCommand().addResourceStringUtf8(xml, id + ".bpmn").send().join();
    long key = start(client, id, Map.of());

    client
        .newCompleteCommand(activateOne(client, p + "decide"))
        .variables(Map.of("paRequired", true))
        .send()
        .join();

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("End_Yes").doesNotContain("End_No");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void processListenersRunBeforeTheStartEventAndBeforeTheProcessCompletes(Transport transport) {
    var client = client(transport);
    String p = prefix();
    String id = uniqueId("process");
    deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .zeebeStartExecutionListener(p + "open-episode")
            .zeebeEndExecutionListener(p + "close-episode")
            .startEvent("Start")
            .endEvent("End")
            .done(),
        id);
    long key = start(client, id, Map.of());

    ActivatedJob open = activateOne(client, p + "open-episode");
    assertThat(open.getElementId()).isEqualTo(id);
    assertThat(elements(client, key)).isEmpty(); // the start event waits for the listener
    client.newCompleteCommand(open).send().join();

    ActivatedJob close = activateOne(client, p + "close-episode");
    assertThat(completedElementIds(client, key)).contains("Start", "End");
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    client.newCompleteCommand(close).send().join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aListenerJobWithoutRetriesRaisesAnIncidentAndOnlyItIsRetried(Transport transport) {
    var client = client(transport);
    String p = prefix();
    String id = uniqueId("incident");
    deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "Task_Price",
                t ->
                    t.zeebeJobType(p + "price")
                        .zeebeStartExecutionListener(p + "first")
                        .zeebeStartExecutionListener(p + "second"))
            .endEvent()
            .done(),
        id);
    long key = start(client, id, Map.of());
    client.newCompleteCommand(activateOne(client, p + "first")).send().join();
    ActivatedJob second = activateOne(client, p + "second");

    client.newFailCommand(second).retries(0).errorMessage("fee service down").send().join();
    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    var incident = incidents(client, key).get(0);
    assertThat(incident.getErrorMessage()).isEqualTo("fee service down");
    client.newUpdateRetriesCommand(second).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(activateBriefly(client, p + "first")).isEmpty();
    client.newCompleteCommand(activateOne(client, p + "second")).send().join();
    client.newCompleteCommand(activateOne(client, p + "price")).send().join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aBpmnErrorFromAListenerJobIsRejected(Transport transport) {
    var client = client(transport);
    String p = prefix();
    String id = uniqueId("error");
    deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "Task_Price",
                t -> t.zeebeJobType(p + "price").zeebeStartExecutionListener(p + "check"))
            .endEvent()
            .done(),
        id);
    start(client, id, Map.of());
    ActivatedJob listener = activateOne(client, p + "check");

    assertRejected(
        transport,
        () -> client.newThrowErrorCommand(listener).errorCode("NO_FEES").send().join(),
        409,
        Status.Code.FAILED_PRECONDITION,
        "execution listener job");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aStartListenerOnAStartEventIsRejectedAtDeployment(Transport transport) {
    var client = client(transport);
    String id = uniqueId("invalid");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent("Start_Referral")
            .zeebeStartExecutionListener("x")
            .endEvent()
            .done();

    assertRejected(
        transport,
        () -> deploy(client, model, id),
        400,
        Status.Code.INVALID_ARGUMENT,
        "Start_Referral");
  }
}
