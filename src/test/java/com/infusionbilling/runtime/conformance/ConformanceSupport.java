package com.infusionbilling.runtime.conformance;

import static org.awaitility.Awaitility.await;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.testing.BpmnModels;
import com.infusionbilling.runtime.testing.TestRuntime;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drives the runtime only through the stock {@link CamundaClient}, over REST or gRPC. Every test
 * deploys processes with unique ids so tests never see each other's data.
 */
public abstract class ConformanceSupport {

  private static final Map<Transport, CamundaClient> CLIENTS = new EnumMap<>(Transport.class);

  protected static synchronized CamundaClient client(Transport transport) {
    return CLIENTS.computeIfAbsent(
        transport,
        t -> {
          EmbeddedRuntime runtime = TestRuntime.get();
          return CamundaClient.newClientBuilder()
              .restAddress(runtime.restAddress())
              .grpcAddress(runtime.grpcAddress())
              .preferRestOverGrpc(t == Transport.REST)
              .defaultRequestTimeout(Duration.ofSeconds(10))
              .build();
        });
  }

  protected static String uniqueId(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  protected static long deploy(CamundaClient client, BpmnModelInstance model, String name) {
    return client
        .newDeployResourceCommand()
        .addProcessModel(model, name + ".bpmn")
        .send()
        .join()
        .getProcesses()
        .get(0)
        .getProcessDefinitionKey();
  }

  protected static long start(CamundaClient client, String processId, Map<String, Object> vars) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(vars)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  protected static List<ActivatedJob> activate(CamundaClient client, String type, int max) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(max)
        .requestTimeout(Duration.ofSeconds(5))
        .send()
        .join()
        .getJobs();
  }

  /** Activation with a short long-poll, for asserting that no job is activatable. */
  protected static List<ActivatedJob> activateBriefly(CamundaClient client, String type) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(1)
        .requestTimeout(Duration.ofMillis(200))
        .send()
        .join()
        .getJobs();
  }

  protected static ActivatedJob activateOne(CamundaClient client, String type) {
    List<ActivatedJob> jobs = activate(client, type, 1);
    if (jobs.isEmpty()) {
      throw new AssertionError("expected a job of type " + type);
    }
    return jobs.get(0);
  }

  protected static ProcessInstance processInstance(CamundaClient client, long key) {
    return client.newProcessInstanceGetRequest(key).send().join();
  }

  protected static void awaitState(CamundaClient client, long key, String state) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> processInstance(client, key).getState().name().equals(state));
  }

  protected static List<ElementInstance> elements(CamundaClient client, long processInstanceKey) {
    return client
        .newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .sort(s -> s.startDate().asc())
        .page(p -> p.limit(100))
        .send()
        .join()
        .items();
  }

  protected static List<String> completedElementIds(CamundaClient client, long processInstanceKey) {
    return elements(client, processInstanceKey).stream()
        .filter(e -> e.getState().name().equals("COMPLETED"))
        .map(ElementInstance::getElementId)
        .collect(Collectors.toList());
  }

  protected static Map<String, String> globalVariables(CamundaClient client, long key) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(key).scopeKey(key))
        .page(p -> p.limit(100))
        .send()
        .join()
        .items()
        .stream()
        .collect(Collectors.toMap(Variable::getName, Variable::getValue));
  }

  protected static List<Incident> incidents(CamundaClient client, long processInstanceKey) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }

  /**
   * Asserts a command is rejected as Camunda rejects it: over REST with the HTTP status as an RFC
   * 9457 problem, over gRPC with the gateway's status code; both naming the reason.
   */
  protected static void assertRejected(
      Transport transport,
      org.assertj.core.api.ThrowableAssert.ThrowingCallable command,
      int httpStatus,
      io.grpc.Status.Code grpcCode,
      String messageFragment) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(command);
    org.assertj.core.api.Assertions.assertThat(thrown).as("the command is rejected").isNotNull();
    Throwable cause = thrown;
    while (cause != null
        && !(cause instanceof io.camunda.client.api.command.ProblemException)
        && !(cause instanceof io.camunda.client.api.command.ClientStatusException)) {
      cause = cause.getCause();
    }
    org.assertj.core.api.Assertions.assertThat(cause)
        .as("a Camunda client rejection, not " + thrown)
        .isNotNull();
    if (cause instanceof io.camunda.client.api.command.ProblemException problem) {
      org.assertj.core.api.Assertions.assertThat(transport).isEqualTo(Transport.REST);
      org.assertj.core.api.Assertions.assertThat(problem.code()).isEqualTo(httpStatus);
      org.assertj.core.api.Assertions.assertThat(problem.details().getDetail())
          .contains(messageFragment);
    } else {
      var status = (io.camunda.client.api.command.ClientStatusException) cause;
      org.assertj.core.api.Assertions.assertThat(status.getStatusCode()).isEqualTo(grpcCode);
      org.assertj.core.api.Assertions.assertThat(status.getStatus().getDescription())
          .contains(messageFragment);
    }
  }

  /** Moves the runtime clock forward, as Camunda Process Test's increaseTime does. */
  protected static void increaseTime(Duration duration) {
    http("POST", "/actuator/clock/add", "{\"offsetMilli\":" + duration.toMillis() + "}");
  }

  protected static void resetTime() {
    http("DELETE", "/actuator/clock", null);
  }

  protected static String http(String method, String path, String json) {
    return com.infusionbilling.runtime.testing.TestHttp.send(
        TestRuntime.get().restAddress(), method, path, json);
  }

  protected static BpmnModelInstance oneTask(String processId, String jobType) {
    return BpmnModels.oneServiceTask(processId, jobType);
  }
}
