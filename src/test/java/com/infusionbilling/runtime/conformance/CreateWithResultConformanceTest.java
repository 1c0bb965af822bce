package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Creating a process instance and awaiting its result, as docs.camunda.io "Process instance
 * creation" ("Create and await results") and the REST API's awaitCompletion describe it.
 */
class CreateWithResultConformanceTest extends ConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInstanceThatCompletesAtOnceReturnsItsVariables(Transport transport) {
    var client = client(transport);
    String processId = uniqueId("result");
    var model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .scriptTask(
                "Task_Total",
                t -> t.zeebeExpression("units * unitPrice").zeebeResultVariable("total"))
            .endEvent()
            .done();
    deploy(client, model, processId);

    ProcessInstanceResult result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(Map.of("units", 3, "unitPrice", 20))
            .withResult()
            .send()
            .join();

    assertThat(result.getBpmnProcessId()).isEqualTo(processId);
    assertThat(result.getProcessInstanceKey()).isPositive();
    assertThat(result.getVariablesAsMap())
        .containsEntry("total", 60)
        .containsEntry("units", 3)
        .containsEntry("unitPrice", 20);
    assertThat(processInstance(client, result.getProcessInstanceKey()).getState().name())
        .isEqualTo("COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theResultWaitsForTheInstanceToCompleteAndFetchesOnlyTheNamedVariables(Transport transport) {
    var client = client(transport);
    String processId = uniqueId("wait");
    String jobType = uniqueId("price-claim");
    deploy(client, oneTask(processId, jobType), processId);

    CompletableFuture<ProcessInstanceResult> pending =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(Map.of("claimId", 11))
            .withResult()
            .fetchVariables("expectedAmount")
            .requestTimeout(Duration.ofSeconds(30))
            .send()
            .toCompletableFuture();

    var job = activateOne(client, jobType);
    assertThat(pending).isNotDone();
    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("expectedAmount", 1234.5))
        .send()
        .join();

    ProcessInstanceResult result = pending.join();
    assertThat(result.getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
    assertThat(result.getVariablesAsMap()).containsOnlyKeys("expectedAmount");
    assertThat(result.getVariablesAsMap().get("expectedAmount")).isEqualTo(1234.5);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInstanceThatDoesNotCompleteInTimeFailsWithDeadlineExceededAndKeepsRunning(
      Transport transport) {
    var client = client(transport);
    String processId = uniqueId("slow");
    String jobType = uniqueId("never-done");
    deploy(client, oneTask(processId, jobType), processId);

    assertRejected(
        transport,
        () ->
            client
                .newCreateInstanceCommand()
                .bpmnProcessId(processId)
                .latestVersion()
                .withResult()
                .requestTimeout(Duration.ofMillis(500))
                .send()
                .join(),
        504,
        Status.Code.DEADLINE_EXCEEDED,
        "to complete within 500 ms");

    var job = activateOne(client, jobType);
    client.newCompleteCommand(job.getKey()).send().join();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(processInstance(client, job.getProcessInstanceKey()).getState().name())
                    .isEqualTo("COMPLETED"));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCanceledInstanceEndsTheWaitWithAnError(Transport transport) {
    var client = client(transport);
    String processId = uniqueId("cancel");
    String jobType = uniqueId("cancel-me");
    deploy(client, oneTask(processId, jobType), processId);

    CompletableFuture<ProcessInstanceResult> pending =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .withResult()
            .requestTimeout(Duration.ofSeconds(30))
            .send()
            .toCompletableFuture();
    var job = activateOne(client, jobType);
    client.newCancelInstanceCommand(job.getProcessInstanceKey()).send().join();

    assertRejected(transport, pending::join, 409, Status.Code.FAILED_PRECONDITION, "terminated");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aWaitEndsWithAClearErrorWhenTheRuntimeStopsAndTheInstanceSurvives(Transport transport) {
    String processId = uniqueId("restart");
    String jobType = uniqueId("t");
    long key;
    try (var runtime =
            com.infusionbilling.runtime.EmbeddedRuntime.start(
                com.infusionbilling.runtime.testing.TestRuntime.properties(0, 0));
        var own =
            io.camunda.client.CamundaClient.newClientBuilder()
                .restAddress(runtime.restAddress())
                .grpcAddress(runtime.grpcAddress())
                .preferRestOverGrpc(transport == Transport.REST)
                .build()) {
      deploy(own, oneTask(processId, jobType), processId);
      CompletableFuture<ProcessInstanceResult> waiting =
          own.newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .withResult()
              .requestTimeout(Duration.ofMinutes(1))
              .send()
              .toCompletableFuture();
      var started =
          await()
              .atMost(Duration.ofSeconds(10))
              .until(
                  () ->
                      own.newProcessInstanceSearchRequest()
                          .filter(f -> f.processDefinitionId(processId))
                          .send()
                          .join()
                          .items(),
                  items -> items.size() == 1);
      key = started.get(0).getProcessInstanceKey();

      runtime.close();

      assertRejected(
          transport, waiting::join, 409, Status.Code.ABORTED, "continues when the runtime is back");
    }
    // the instance itself is durable: the shared runtime (same database) still runs it
    var client = client(transport);
    var job = activateOne(client, jobType);
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    client.newCompleteCommand(job.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
  }
}
