package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Start instructions and process instance modification, as docs.camunda.io "Process instance
 * creation" (start at a user-defined element) and "Process instance modification" describe them.
 */
class ProcessInstanceModificationConformanceTest extends ConformanceSupport {

  /** Verify benefits, wait for the payer, then submit the claim; a review sub-process beside. */
  private static BpmnModelInstance claimProcess(String id, String prefix) {
    return Bpmn.createExecutableProcess(id)
        .startEvent("Start")
        .serviceTask("Task_Verify", t -> t.zeebeJobType(prefix + "verify"))
        .intermediateCatchEvent(
            "Event_PayerAnswered",
            e -> e.message(m -> m.name(prefix + "answer").zeebeCorrelationKeyExpression("claimId")))
        .serviceTask(
            "Task_Submit",
            t -> t.zeebeJobType(prefix + "submit").zeebeInputExpression("units * 2", "doubled"))
        .subProcess(
            "Sub_Review",
            s ->
                s.embeddedSubProcess()
                    .startEvent("Sub_Start")
                    .serviceTask("Task_Review", t -> t.zeebeJobType(prefix + "review"))
                    .endEvent("Sub_End"))
        .endEvent("End")
        .done();
  }

  private static String prefix() {
    return uniqueId("m") + "-";
  }

  private static List<ElementInstance> active(CamundaClient client, long key) {
    return elements(client, key).stream()
        .filter(e -> e.getState().name().equals("ACTIVE"))
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void startInstructionsStartTheInstanceBeforeTheGivenElement(Transport transport) {
    var client = client(transport);
    String id = uniqueId("start_before");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);

    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .variables(Map.of("units", 21))
            .startBeforeElement("Task_Submit")
            .send()
            .join()
            .getProcessInstanceKey();

    var job = activateOne(client, p + "submit");
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    assertThat(job.getVariablesAsMap()).containsEntry("doubled", 42); // input mappings apply
    assertThat(activateBriefly(client, p + "verify")).isEmpty();
    assertThat(elements(client, key))
        .extracting(ElementInstance::getElementId)
        .doesNotContain("Start", "Task_Verify");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aStartInstructionInsideASubProcessCreatesItsScopeWithoutItsStartEvent(Transport transport) {
    var client = client(transport);
    String id = uniqueId("start_nested");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);

    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .startBeforeElement("Task_Review")
            .send()
            .join()
            .getProcessInstanceKey();

    client.newCompleteCommand(activateOne(client, p + "review").getKey()).send().join();
    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key))
        .contains("Sub_Review", "Task_Review", "Sub_End", "End")
        .doesNotContain("Sub_Start", "Start");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void runtimeInstructionsTerminateTheInstanceAfterTheGivenElement(Transport transport) {
    var client = client(transport);
    String id = uniqueId("terminate_after");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);

    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .terminateAfterElement("Task_Verify")
            .send()
            .join()
            .getProcessInstanceKey();
    client.newCompleteCommand(activateOne(client, p + "verify").getKey()).send().join();

    awaitState(client, key, "TERMINATED");
    assertThat(completedElementIds(client, key)).contains("Task_Verify");
    assertThat(elements(client, key))
        .extracting(ElementInstance::getElementId)
        .doesNotContain("Event_PayerAnswered");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aModificationMovesTheTokenFromAStuckEventToTheNextTaskWithVariables(Transport transport) {
    var client = client(transport);
    String id = uniqueId("move");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);
    long key = start(client, id, Map.of("claimId", "C-1", "units", 1));
    client.newCompleteCommand(activateOne(client, p + "verify").getKey()).send().join();
    long stuck =
        active(client, key).stream()
            .filter(e -> e.getElementId().equals("Event_PayerAnswered"))
            .findFirst()
            .orElseThrow()
            .getElementInstanceKey();

    client
        .newModifyProcessInstanceCommand(key)
        .activateElement("Task_Submit")
        .withVariables(Map.of("units", 50))
        .and()
        .terminateElement(stuck)
        .send()
        .join();

    var job = activateOne(client, p + "submit");
    assertThat(job.getVariablesAsMap()).containsEntry("doubled", 100).containsEntry("units", 50);
    assertThat(active(client, key))
        .extracting(ElementInstance::getElementId)
        .containsExactly("Task_Submit");
    assertThat(messageSubscriptionStates(client, key)).containsExactly("DELETED");
    client.newCompleteCommand(job.getKey()).send().join();
    client.newCompleteCommand(activateOne(client, p + "review").getKey()).send().join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void variablesOfAnActivationCanBeLocalToAFlowScopeOfTheElement(Transport transport) {
    var client = client(transport);
    String id = uniqueId("scoped");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);
    long key = start(client, id, Map.of("claimId", "C-2"));
    long verify = activateOne(client, p + "verify").getElementInstanceKey();

    client
        .newModifyProcessInstanceCommand(key)
        .activateElement("Task_Review")
        .withVariables(Map.of("reviewer", "coder"), "Sub_Review")
        .and()
        .terminateElement(verify)
        .send()
        .join();

    var review = activateOne(client, p + "review");
    assertThat(review.getVariablesAsMap()).containsEntry("reviewer", "coder");
    assertThat(globalVariables(client, key)).doesNotContainKey("reviewer");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anAncestorSelectsTheScopeInstanceTheElementIsActivatedIn(Transport transport) {
    var client = client(transport);
    String id = uniqueId("ancestor");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(id)
            .latestVersion()
            .startBeforeElement("Task_Review")
            .send()
            .join()
            .getProcessInstanceKey();
    long subProcess =
        active(client, key).stream()
            .filter(e -> e.getElementId().equals("Sub_Review"))
            .findFirst()
            .orElseThrow()
            .getElementInstanceKey();

    // in the existing sub-process instance
    client
        .newModifyProcessInstanceCommand(key)
        .activateElement("Task_Review", subProcess)
        .send()
        .join();
    assertThat(reviewsIn(client, subProcess)).isEqualTo(2);

    // with the process instance as ancestor: in a new instance of the sub-process
    client.newModifyProcessInstanceCommand(key).activateElement("Task_Review", key).send().join();
    List<ElementInstance> subProcesses =
        active(client, key).stream().filter(e -> e.getElementId().equals("Sub_Review")).toList();
    assertThat(subProcesses).hasSize(2);
    long created =
        subProcesses.stream()
            .map(ElementInstance::getElementInstanceKey)
            .filter(k -> k != subProcess)
            .findFirst()
            .orElseThrow();
    assertThat(reviewsIn(client, created)).isEqualTo(1);
    assertThat(reviewsIn(client, subProcess)).isEqualTo(2);
  }

  private static int reviewsIn(CamundaClient client, long scopeKey) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.elementInstanceScopeKey(scopeKey).elementId("Task_Review"))
        .send()
        .join()
        .items()
        .size();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void terminatingTheLastActiveElementInstanceTerminatesTheProcessInstance(Transport transport) {
    var client = client(transport);
    String id = uniqueId("terminate_all");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);
    long key = start(client, id, Map.of());
    long verify = activateOne(client, p + "verify").getElementInstanceKey();

    client.newModifyProcessInstanceCommand(key).terminateElement(verify).send().join();

    awaitState(client, key, "TERMINATED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInvalidInstructionRejectsTheWholeModification(Transport transport) {
    var client = client(transport);
    String id = uniqueId("invalid");
    String p = prefix();
    deploy(client, claimProcess(id, p), id);
    long key = start(client, id, Map.of());
    long verify = activateOne(client, p + "verify").getElementInstanceKey();

    assertRejected(
        transport,
        () ->
            client
                .newModifyProcessInstanceCommand(key)
                .terminateElement(verify)
                .and()
                .activateElement("Sub_Start")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "'Sub_Start'");
    assertRejected(
        transport,
        () ->
            client
                .newModifyProcessInstanceCommand(key)
                .activateElement("Task_Submit")
                .and()
                .terminateElement(verify + 999_999)
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        String.valueOf(verify + 999_999));

    // nothing of either command was applied
    assertThat(active(client, key))
        .extracting(ElementInstance::getElementId)
        .containsExactly("Task_Verify");
    assertThat(activateBriefly(client, p + "submit")).isEmpty();
  }

  private static List<String> messageSubscriptionStates(CamundaClient client, long key) {
    return client
        .newMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(key))
        .send()
        .join()
        .items()
        .stream()
        .map(s -> s.getMessageSubscriptionState().name())
        .toList();
  }
}
