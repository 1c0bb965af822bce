package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Call activities as docs.camunda.io "Call activities" describes them: the called instance, its
 * parent keys, variable propagation both ways, binding types, termination with the caller,
 * incidents seen from the caller, and errors and escalations leaving the called instance.
 */
class CallActivityConformanceTest extends EventConformanceSupport {

  private static BpmnModelInstance childWithTask(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("Task_Price", t -> t.zeebeJobType(jobType))
        .endEvent()
        .done();
  }

  private static void deployAll(CamundaClient client, BpmnModelInstance... models) {
    var command = client.newDeployResourceCommand().addProcessModel(models[0], "m0.bpmn");
    for (int i = 1; i < models.length; i++) {
      command = command.addProcessModel(models[i], "m" + i + ".bpmn");
    }
    command.send().join();
  }

  private static List<ProcessInstance> calledBy(CamundaClient client, long parentKey) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(f -> f.parentProcessInstanceKey(parentKey))
        .send()
        .join()
        .items();
  }

  private static ProcessInstance awaitCalledInstance(CamundaClient client, long parentKey) {
    await().atMost(Duration.ofSeconds(10)).until(() -> calledBy(client, parentKey).size() == 1);
    return calledBy(client, parentKey).get(0);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCallActivityCreatesAnInstanceOfTheCalledProcessAndWaitsForIt(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(childId, jobType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .endEvent("End_Priced")
            .done());
    long parentKey = start(client, parentId, Map.of("claimId", 41));

    ProcessInstance child = awaitCalledInstance(client, parentKey);
    assertThat(child.getProcessDefinitionId()).isEqualTo(childId);
    assertThat(child.getParentProcessInstanceKey()).isEqualTo(parentKey);
    long callActivityKey =
        elements(client, parentKey).stream()
            .filter(e -> e.getElementId().equals("Call_Price"))
            .findFirst()
            .orElseThrow()
            .getElementInstanceKey();
    assertThat(child.getParentElementInstanceKey()).isEqualTo(callActivityKey);
    assertThat(
            elements(client, parentKey).stream()
                .filter(e -> e.getElementId().equals("Call_Price"))
                .findFirst()
                .orElseThrow()
                .getType()
                .name())
        .isEqualTo("CALL_ACTIVITY");
    assertThat(processInstance(client, child.getProcessInstanceKey()).getParentProcessInstanceKey())
        .isEqualTo(parentKey);
    assertThat(
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.parentElementInstanceKey(callActivityKey))
                .send()
                .join()
                .items())
        .extracting(ProcessInstance::getProcessInstanceKey)
        .containsExactly(child.getProcessInstanceKey());
    assertThat(processInstance(client, parentKey).getState().name()).isEqualTo("ACTIVE");

    // all variables of the caller are copied to the called instance
    var job = activateOne(client, jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(child.getProcessInstanceKey());
    assertThat(job.getVariablesAsMap()).containsEntry("claimId", 41);
    client.newCompleteCommand(job.getKey()).variables(Map.of("price", 120)).send().join();

    awaitState(client, parentKey, "COMPLETED");
    assertThat(processInstance(client, child.getProcessInstanceKey()).getState().name())
        .isEqualTo("COMPLETED");
    assertThat(completedElementIds(client, parentKey)).contains("Call_Price", "End_Priced");
    // all variables of the called instance are propagated to the caller
    assertThat(globalVariables(client, parentKey)).containsEntry("price", "120");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInstanceCreatedWithResultReturnsOnceTheInstanceItCalledCompleted(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("units");
    deployAll(
        client,
        Bpmn.createExecutableProcess(childId)
            .startEvent()
            .scriptTask(
                "Script_Units", t -> t.zeebeExpression("dose / 10").zeebeResultVariable("units"))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Units", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());

    var result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(parentId)
            .latestVersion()
            .variables(Map.of("dose", 250))
            .withResult()
            .send()
            .join();

    assertThat(result.getVariablesAsMap()).containsEntry("units", 25);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theCalledProcessIdCanBeAnExpression(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("payer_medicare");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(childId, jobType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Payer", c -> c.zeebeProcessIdExpression("\"" + childId + "\""))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());

    assertThat(awaitCalledInstance(client, parentKey).getProcessDefinitionId()).isEqualTo(childId);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCalledProcessIdExpressionThatFailsRaisesAnIncident(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("payer");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(childId, jobType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Payer", c -> c.zeebeProcessIdExpression("payerProcess"))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of("payerProcess", 42));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, parentKey).isEmpty());
    Incident incident = incidents(client, parentKey).get(0);
    assertThat(incident.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.getElementId()).isEqualTo("Call_Payer");

    client
        .newSetVariablesCommand(parentKey)
        .variables(Map.of("payerProcess", childId))
        .send()
        .join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(awaitCalledInstance(client, parentKey).getProcessDefinitionId()).isEqualTo(childId);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void withoutPropagationOnlyMappedVariablesCrossTheBoundary(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(childId, jobType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity(
                "Call_Price",
                c ->
                    c.zeebeProcessId(childId)
                        .zeebePropagateAllParentVariables(false)
                        .zeebePropagateAllChildVariables(false)
                        .zeebeInputExpression("claimId", "lineClaimId")
                        .zeebeOutputExpression("price", "linePrice"))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of("claimId", 7, "patientNote", "private"));

    var job = activateOne(client, jobType);
    // only the call activity's local variables (its input mappings) reach the called instance
    assertThat(job.getVariablesAsMap())
        .containsEntry("lineClaimId", 7)
        .doesNotContainKey("claimId");
    assertThat(job.getVariablesAsMap()).doesNotContainKey("patientNote");
    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("price", 99, "scratch", "x"))
        .send()
        .join();

    awaitState(client, parentKey, "COMPLETED");
    // only the output mappings reach the caller
    assertThat(globalVariables(client, parentKey))
        .containsEntry("linePrice", "99")
        .doesNotContainKeys("price", "scratch");
    // nor are the called instance's variables kept anywhere in the caller (not even local to the
    // call activity)
    var callerVariables =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(parentKey))
            .send()
            .join()
            .items();
    assertThat(callerVariables)
        .extracting(io.camunda.client.api.search.response.Variable::getName)
        .containsExactlyInAnyOrder("claimId", "patientNote", "lineClaimId", "linePrice");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void withOutputMappingsOnlyTheMappedVariablesArePropagated(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(childId, jobType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity(
                "Call_Price",
                c -> c.zeebeProcessId(childId).zeebeOutputExpression("price * 2", "doubled"))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());

    var job = activateOne(client, jobType);
    client.newCompleteCommand(job.getKey()).variables(Map.of("price", 21)).send().join();

    awaitState(client, parentKey, "COMPLETED");
    assertThat(globalVariables(client, parentKey))
        .containsEntry("doubled", "42")
        .doesNotContainKey("price");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void cancellingTheCallerTerminatesTheCalledInstancesAtEveryDepth(Transport transport) {
    var client = client(transport);
    String rootId = uniqueId("claim");
    String childId = uniqueId("adjudicate");
    String grandchildId = uniqueId("price");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(grandchildId, jobType),
        Bpmn.createExecutableProcess(childId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(grandchildId))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess(rootId)
            .startEvent()
            .callActivity("Call_Adjudicate", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());
    long rootKey = start(client, rootId, Map.of());
    long childKey = awaitCalledInstance(client, rootKey).getProcessInstanceKey();
    long grandchildKey = awaitCalledInstance(client, childKey).getProcessInstanceKey();
    var job = activateOne(client, jobType);

    client.newCancelInstanceCommand(rootKey).send().join();

    for (long key : List.of(rootKey, childKey, grandchildKey)) {
      assertThat(processInstance(client, key).getState().name()).isEqualTo("TERMINATED");
    }
    assertThat(terminatedElementIds(client, childKey)).containsExactly("Call_Price");
    assertRejected(
        transport,
        () -> client.newCompleteCommand(job.getKey()).send().join(),
        404,
        io.grpc.Status.Code.NOT_FOUND,
        "no such job");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theCallHierarchyOfAnInstanceLeadsFromTheRootToIt(Transport transport) {
    var client = client(transport);
    String rootId = uniqueId("claim");
    String childId = uniqueId("adjudicate");
    String grandchildId = uniqueId("price");
    deployAll(
        client,
        childWithTask(grandchildId, uniqueId("price-line")),
        Bpmn.createExecutableProcess(childId)
            .name("Adjudicate claim")
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(grandchildId))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess(rootId)
            .startEvent()
            .callActivity("Call_Adjudicate", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());
    long rootKey = start(client, rootId, Map.of());
    long childKey = awaitCalledInstance(client, rootKey).getProcessInstanceKey();
    long grandchildKey = awaitCalledInstance(client, childKey).getProcessInstanceKey();

    var hierarchy = client.newProcessInstanceGetCallHierarchyRequest(grandchildKey).send().join();

    assertThat(hierarchy)
        .extracting(e -> e.getProcessInstanceKey())
        .containsExactly(rootKey, childKey, grandchildKey);
    assertThat(hierarchy.get(1).getProcessDefinitionName()).isEqualTo("Adjudicate claim");
    assertThat(client.newProcessInstanceGetCallHierarchyRequest(rootKey).send().join())
        .extracting(e -> e.getProcessInstanceKey())
        .containsExactly(rootKey);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCalledInstanceCannotBeCancelledOnItsOwn(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    deployAll(
        client,
        childWithTask(childId, uniqueId("price-line")),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());
    long childKey = awaitCalledInstance(client, parentKey).getProcessInstanceKey();

    assertRejected(
        transport,
        () -> client.newCancelInstanceCommand(childKey).send().join(),
        409,
        io.grpc.Status.Code.FAILED_PRECONDITION,
        "created by a parent process instance");
    assertThat(processInstance(client, childKey).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anIncidentInTheCalledInstanceIsVisibleFromTheCaller(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        childWithTask(childId, jobType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());
    long childKey = awaitCalledInstance(client, parentKey).getProcessInstanceKey();
    assertThat(processInstance(client, parentKey).getHasIncident()).isFalse();

    var job = activateOne(client, jobType);
    client
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("fee schedule missing")
        .send()
        .join();

    assertThat(processInstance(client, childKey).getHasIncident()).isTrue();
    assertThat(processInstance(client, parentKey).getHasIncident()).isTrue();
    assertThat(
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId(parentId).hasIncident(true))
                .send()
                .join()
                .items())
        .extracting(ProcessInstance::getProcessInstanceKey)
        .containsExactly(parentKey);
    List<Incident> fromParent =
        client.newIncidentsByProcessInstanceSearchRequest(parentKey).send().join().items();
    assertThat(fromParent).hasSize(1);
    assertThat(fromParent.get(0).getProcessInstanceKey()).isEqualTo(childKey);
    assertThat(fromParent.get(0).getErrorMessage()).isEqualTo("fee schedule missing");
    // the incident belongs to the called instance: the caller's own incidents are none
    assertThat(incidents(client, parentKey)).isEmpty();
    // the call activity reports it, as Operate shows incidents up the call hierarchy
    var callActivity =
        client
            .newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(parentKey).elementId("Call_Price"))
            .send()
            .join()
            .items();
    assertThat(callActivity).singleElement().satisfies(e -> assertThat(e.getIncident()).isTrue());
    assertThat(
            client
                .newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(parentKey).hasIncident(true))
                .send()
                .join()
                .items())
        .extracting(e -> e.getElementId())
        .containsExactly("Call_Price");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMissingCalledProcessRaisesAnIncidentThatCanBeResolvedAfterDeployingIt(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("not_yet_deployed");
    String jobType = uniqueId("price-line");
    deployAll(
        client,
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, parentKey).isEmpty());
    Incident incident = incidents(client, parentKey).get(0);
    assertThat(incident.getErrorType().name()).isEqualTo("CALLED_ELEMENT_ERROR");
    assertThat(incident.getElementId()).isEqualTo("Call_Price");
    assertThat(incident.getErrorMessage()).contains("'" + childId + "'");
    assertThat(calledBy(client, parentKey)).isEmpty();

    deployAll(client, childWithTask(childId, jobType));
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(awaitCalledInstance(client, parentKey).getProcessDefinitionId()).isEqualTo(childId);
    client.newCompleteCommand(activateOne(client, jobType).getKey()).send().join();
    awaitState(client, parentKey, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bindingTypeDeploymentCallsTheVersionDeployedWithTheCaller(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    String firstType = uniqueId("price-v1");
    String secondType = uniqueId("price-v2");
    deployAll(
        client,
        childWithTask(childId, firstType),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity(
                "Call_Price",
                c -> c.zeebeProcessId(childId).zeebeBindingType(ZeebeBindingType.deployment))
            .endEvent()
            .done());
    deployAll(client, childWithTask(childId, secondType));
    long parentKey = start(client, parentId, Map.of());

    ProcessInstance child = awaitCalledInstance(client, parentKey);
    assertThat(child.getProcessDefinitionVersion()).isEqualTo(1);
    assertThat(activateOne(client, firstType).getProcessInstanceKey())
        .isEqualTo(child.getProcessInstanceKey());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bindingTypeLatestCallsTheLatestVersion(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    deployAll(
        client,
        childWithTask(childId, uniqueId("price-v1")),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .endEvent()
            .done());
    deployAll(client, childWithTask(childId, uniqueId("price-v2")));
    long parentKey = start(client, parentId, Map.of());

    assertThat(awaitCalledInstance(client, parentKey).getProcessDefinitionVersion()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bindingTypeVersionTagCallsTheLatestVersionWithTheTag(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    deployAll(
        client,
        Bpmn.createExecutableProcess(childId)
            .versionTag("2025-q1")
            .startEvent()
            .serviceTask("Task_Price", t -> t.zeebeJobType(uniqueId("q1")))
            .endEvent()
            .done());
    deployAll(
        client,
        Bpmn.createExecutableProcess(childId)
            .versionTag("2025-q2")
            .startEvent()
            .serviceTask("Task_Price", t -> t.zeebeJobType(uniqueId("q2")))
            .endEvent()
            .done());
    deployAll(
        client,
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity(
                "Call_Price",
                c ->
                    c.zeebeProcessId(childId)
                        .zeebeBindingType(ZeebeBindingType.versionTag)
                        .zeebeVersionTag("2025-q1"))
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());

    ProcessInstance child = awaitCalledInstance(client, parentKey);
    assertThat(child.getProcessDefinitionVersion()).isEqualTo(1);
    assertThat(child.getProcessDefinitionVersionTag()).isEqualTo("2025-q1");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInterruptingTimerOnTheCallActivityTerminatesTheCalledInstance(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    deployAll(
        client,
        childWithTask(childId, uniqueId("price-line")),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .boundaryEvent("Timer_PricingOverdue", b -> b.timerWithDuration("PT1H"))
            .endEvent("End_Overdue")
            .moveToActivity("Call_Price")
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());
    long childKey = awaitCalledInstance(client, parentKey).getProcessInstanceKey();

    increaseTime(Duration.ofHours(2));

    awaitState(client, parentKey, "COMPLETED");
    assertThat(completedElementIds(client, parentKey)).contains("End_Overdue");
    assertThat(processInstance(client, childKey).getState().name()).isEqualTo("TERMINATED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anEscalationFromTheCalledInstanceIsCaughtOnTheCallActivity(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    String jobType = uniqueId("price-line");
    String notifyType = uniqueId("notify");
    deployAll(
        client,
        Bpmn.createExecutableProcess(childId)
            .startEvent()
            .intermediateThrowEvent("Throw_HighCost", e -> e.escalation("HIGH_COST"))
            .serviceTask("Task_Price", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .boundaryEvent(
                "Escalation_HighCost", b -> b.cancelActivity(false).escalation("HIGH_COST"))
            .serviceTask("Task_NotifyManager", t -> t.zeebeJobType(notifyType))
            .endEvent()
            .moveToActivity("Call_Price")
            .endEvent()
            .done());
    long parentKey = start(client, parentId, Map.of());

    client.newCompleteCommand(activateOne(client, notifyType).getKey()).send().join();
    client.newCompleteCommand(activateOne(client, jobType).getKey()).send().join();

    awaitState(client, parentKey, "COMPLETED");
    assertThat(completedElementIds(client, parentKey))
        .contains("Escalation_HighCost", "Task_NotifyManager", "Call_Price");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorEndEventInTheCalledInstanceIsCaughtOnTheCallActivity(Transport transport) {
    var client = client(transport);
    String parentId = uniqueId("claim");
    String childId = uniqueId("price");
    deployAll(
        client,
        Bpmn.createExecutableProcess(childId)
            .startEvent()
            .endEvent("End_NotCovered", e -> e.error("NOT_COVERED"))
            .done(),
        Bpmn.createExecutableProcess(parentId)
            .startEvent()
            .callActivity("Call_Price", c -> c.zeebeProcessId(childId))
            .boundaryEvent("Error_NotCovered", b -> b.error("NOT_COVERED"))
            .endEvent("End_Denied")
            .moveToActivity("Call_Price")
            .endEvent("End_Priced")
            .done());
    long parentKey = start(client, parentId, Map.of());

    awaitState(client, parentKey, "COMPLETED");
    assertThat(completedElementIds(client, parentKey)).contains("End_Denied");
    assertThat(completedElementIds(client, parentKey)).doesNotContain("End_Priced");
    assertThat(calledBy(client, parentKey))
        .singleElement()
        .satisfies(c -> assertThat(c.getState().name()).isEqualTo("TERMINATED"));
  }
}
