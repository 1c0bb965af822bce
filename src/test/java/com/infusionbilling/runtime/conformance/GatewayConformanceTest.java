package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exclusive, parallel and inclusive gateways, as docs.camunda.io's gateway pages describe. */
class GatewayConformanceTest extends ConformanceSupport {

  private static BpmnModelInstance exclusive(String id, String prefix, boolean withDefault) {
    var gateway =
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .exclusiveGateway("Gateway_PaRequired")
            .sequenceFlowId("Flow_Yes")
            .conditionExpression("paRequired = true")
            .serviceTask("Task_RequestPa", t -> t.zeebeJobType(prefix + "-pa"))
            .endEvent("End_Pa")
            .moveToLastGateway()
            .sequenceFlowId("Flow_Big")
            .conditionExpression("amount > 1000")
            .serviceTask("Task_Review", t -> t.zeebeJobType(prefix + "-review"))
            .endEvent("End_Review");
    if (withDefault) {
      gateway =
          gateway
              .moveToLastExclusiveGateway()
              .sequenceFlowId("Flow_Default")
              .defaultFlow()
              .serviceTask("Task_Bill", t -> t.zeebeJobType(prefix + "-bill"))
              .endEvent("End_Bill");
    }
    return gateway.done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anExclusiveGatewayTakesTheFirstFlowWhoseConditionIsTrue(Transport transport) {
    var client = client(transport);
    String id = uniqueId("xor");
    String prefix = uniqueId("p");
    deploy(client, exclusive(id, prefix, true), id);
    long key = start(client, id, Map.of("paRequired", true, "amount", 5000));
    assertThat(activateOne(client, prefix + "-pa").getProcessInstanceKey()).isEqualTo(key);
    assertThat(activateBriefly(client, prefix + "-review")).isEmpty();
    assertThat(client.newProcessInstanceSequenceFlowsRequest(key).send().join())
        .extracting(f -> f.getElementId())
        .contains("Flow_Yes")
        .doesNotContain("Flow_Big");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anExclusiveGatewayTakesTheDefaultFlowWhenNoConditionIsTrue(Transport transport) {
    var client = client(transport);
    String id = uniqueId("xordefault");
    String prefix = uniqueId("p");
    deploy(client, exclusive(id, prefix, true), id);
    long key = start(client, id, Map.of("paRequired", false, "amount", 10));
    assertThat(activateOne(client, prefix + "-bill").getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anExclusiveGatewayWithoutMatchOrDefaultRaisesAnIncidentThatCanBeResolved(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("xornomatch");
    String prefix = uniqueId("p");
    deploy(client, exclusive(id, prefix, false), id);
    long key = start(client, id, Map.of("paRequired", false, "amount", 10));

    var incidents = incidents(client, key);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getErrorType()).isEqualTo(IncidentErrorType.CONDITION_ERROR);
    assertThat(incidents.get(0).getElementId()).isEqualTo("Gateway_PaRequired");

    client.newSetVariablesCommand(key).variables(Map.of("amount", 2000)).send().join();
    client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();
    assertThat(activateOne(client, prefix + "-review").getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aConditionThatIsNotBooleanRaisesAnIncident(Transport transport) {
    var client = client(transport);
    String id2 = uniqueId("xorstring");
    var model =
        Bpmn.createExecutableProcess(id2)
            .startEvent()
            .exclusiveGateway("Gateway_Odd")
            .sequenceFlowId("Flow_A")
            .conditionExpression("\"text\"")
            .endEvent()
            .moveToLastExclusiveGateway()
            .defaultFlow()
            .endEvent()
            .done();
    deploy(client, model, id2);
    long key2 = start(client, id2, Map.of());
    assertThat(incidents(client, key2))
        .singleElement()
        .satisfies(i -> assertThat(i.getErrorMessage()).contains("BOOLEAN"));
  }

  private static BpmnModelInstance parallel(String id, String prefix, int branches) {
    io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> builder =
        Bpmn.createExecutableProcess(id).startEvent().parallelGateway("Gateway_Fork");
    for (int i = 0; i < branches; i++) {
      var task =
          builder
              .moveToNode("Gateway_Fork")
              .serviceTask("Task_" + i, t -> t.zeebeJobType(prefix + "-branch"));
      builder = i == 0 ? task.parallelGateway("Gateway_Join") : task.connectTo("Gateway_Join");
    }
    return builder
        .moveToNode("Gateway_Join")
        .serviceTask("Task_After", t -> t.zeebeJobType(prefix + "-after"))
        .endEvent()
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aParallelGatewayJoinWaitsForEveryBranch(Transport transport) {
    var client = client(transport);
    String id = uniqueId("and");
    String prefix = uniqueId("p");
    deploy(client, parallel(id, prefix, 2), id);
    long key = start(client, id, Map.of());
    List<ActivatedJob> branches = activate(client, prefix + "-branch", 5);
    assertThat(branches).hasSize(2);
    client.newCompleteCommand(branches.get(0).getKey()).send().join();
    assertThat(activateBriefly(client, prefix + "-after")).as("one branch is not enough").isEmpty();
    client.newCompleteCommand(branches.get(1).getKey()).send().join();
    ActivatedJob after = activateOne(client, prefix + "-after");
    client.newCompleteCommand(after.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void sequenceFlowsIncludeFlowsIntoAJoinThatStillWaits(Transport transport) {
    var client = client(transport);
    String id = uniqueId("flows");
    String prefix = uniqueId("p");
    var model = parallel(id, prefix, 2);
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    List<ActivatedJob> branches = activate(client, prefix + "-branch", 5);
    ActivatedJob first =
        branches.stream().filter(j -> j.getElementId().equals("Task_0")).findFirst().orElseThrow();
    client.newCompleteCommand(first.getKey()).send().join();

    var flows =
        client.newProcessInstanceSequenceFlowsRequest(key).send().join().stream()
            .map(f -> f.getElementId())
            .toList();
    String intoFork = flowBetween(model, null, "Gateway_Fork");
    String task0ToJoin = flowBetween(model, "Task_0", "Gateway_Join");
    String task1ToJoin = flowBetween(model, "Task_1", "Gateway_Join");
    assertThat(flows).contains(intoFork, task0ToJoin).doesNotContain(task1ToJoin);
  }

  private static String flowBetween(BpmnModelInstance model, String sourceId, String targetId) {
    return model
        .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.SequenceFlow.class)
        .stream()
        .filter(f -> f.getTarget().getId().equals(targetId))
        .filter(f -> sourceId == null || f.getSource().getId().equals(sourceId))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void concurrentCompletionsOnParallelBranchesFireTheJoinExactlyOnce(Transport transport)
      throws Exception {
    var client = client(transport);
    String id = uniqueId("andconcurrent");
    String prefix = uniqueId("p");
    int branches = 8;
    deploy(client, parallel(id, prefix, branches), id);
    long key = start(client, id, Map.of());
    List<ActivatedJob> jobs = activate(client, prefix + "-branch", branches);
    assertThat(jobs).hasSize(branches);
    ExecutorService pool = Executors.newFixedThreadPool(branches);
    try {
      List<CompletableFuture<Void>> completions = new ArrayList<>();
      for (ActivatedJob job : jobs) {
        completions.add(
            CompletableFuture.runAsync(
                () -> client.newCompleteCommand(job.getKey()).send().join(), pool));
      }
      CompletableFuture.allOf(completions.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdown();
    }
    assertThat(activate(client, prefix + "-after", 10)).hasSize(1);
    assertThat(activateBriefly(client, prefix + "-after")).isEmpty();
    assertThat(elements(client, key))
        .filteredOn(e -> e.getElementId().equals("Gateway_Join"))
        .hasSize(1);
  }

  private static BpmnModelInstance inclusive(String id, String prefix) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .inclusiveGateway("Gateway_Split")
        .sequenceFlowId("Flow_Drug")
        .conditionExpression("hasDrug")
        .serviceTask("Task_CodeDrug", t -> t.zeebeJobType(prefix + "-drug"))
        .inclusiveGateway("Gateway_Merge")
        .moveToNode("Gateway_Split")
        .sequenceFlowId("Flow_Admin")
        .conditionExpression("hasAdministration")
        .serviceTask("Task_CodeAdmin", t -> t.zeebeJobType(prefix + "-admin"))
        .connectTo("Gateway_Merge")
        .serviceTask("Task_Claim", t -> t.zeebeJobType(prefix + "-claim"))
        .endEvent()
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInclusiveGatewayForksEveryTrueBranchAndJoinsThemAll(Transport transport) {
    var client = client(transport);
    String id = uniqueId("or");
    String prefix = uniqueId("p");
    deploy(client, inclusive(id, prefix), id);
    long key = start(client, id, Map.of("hasDrug", true, "hasAdministration", true));
    ActivatedJob drug = activateOne(client, prefix + "-drug");
    ActivatedJob admin = activateOne(client, prefix + "-admin");
    client.newCompleteCommand(drug.getKey()).send().join();
    assertThat(activateBriefly(client, prefix + "-claim")).isEmpty();
    client.newCompleteCommand(admin.getKey()).send().join();
    assertThat(activateOne(client, prefix + "-claim").getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInclusiveJoinDoesNotWaitForBranchesThatWereNotTaken(Transport transport) {
    var client = client(transport);
    String id = uniqueId("orone");
    String prefix = uniqueId("p");
    deploy(client, inclusive(id, prefix), id);
    long key = start(client, id, Map.of("hasDrug", true, "hasAdministration", false));
    client.newCompleteCommand(activateOne(client, prefix + "-drug").getKey()).send().join();
    assertThat(activateOne(client, prefix + "-claim").getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anEmbeddedSubProcessRunsItsContentAndCompletesWhenEmpty(Transport transport) {
    var client = client(transport);
    String id = uniqueId("sub");
    String prefix = uniqueId("p");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent("start")
            .subProcess(
                "Sub_Coding",
                s ->
                    s.embeddedSubProcess()
                        .startEvent("sub_start")
                        .serviceTask("Task_Code", t -> t.zeebeJobType(prefix + "-code"))
                        .endEvent("sub_end"))
            .endEvent("end")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    client.newCompleteCommand(activateOne(client, prefix + "-code").getKey()).send().join();
    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key))
        .containsExactly("start", "Sub_Coding", "sub_start", "Task_Code", "sub_end", "end");
  }
}
