package com.infusionbilling.runtime.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.infusionbilling.runtime.testing.TestHttp;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durability: the runtime runs in its own JVM, is killed with SIGKILL while instances wait on jobs,
 * an incident, subscriptions, timers, user tasks, called instances and multi-instance bodies, and
 * is started again on the same database. Nothing deployed, started, set or raised is lost, new keys
 * do not collide with old ones, and the instances finish.
 */
class RuntimeRestartTest {

  private Process runtime;
  private Path dataDir;
  private int restPort;
  private int grpcPort;
  private String jdbcUrl;

  @AfterEach
  void stop() throws IOException {
    if (runtime != null) {
      runtime.destroyForcibly();
    }
  }

  @Test
  void instancesSurviveAKilledRuntimeAndFinishAfterTheRestart() throws Exception {
    startFirstRuntime("runtime-restart");
    String processId = "restart_" + UUID.randomUUID().toString().substring(0, 8);
    String first = processId + "-first";
    String second = processId + "-second";
    List<Long> instances = new ArrayList<>();
    long incidentInstance;
    Set<Long> keysBefore = new HashSet<>();
    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      client
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess(processId)
                  .startEvent()
                  .serviceTask("Task_First", t -> t.zeebeJobType(first))
                  .serviceTask("Task_Second", t -> t.zeebeJobType(second))
                  .endEvent()
                  .done(),
              processId + ".bpmn")
          .send()
          .join();
      for (int i = 0; i < 4; i++) {
        long key =
            client
                .newCreateInstanceCommand()
                .bpmnProcessId(processId)
                .latestVersion()
                .variables(Map.of("episodeId", i))
                .send()
                .join()
                .getProcessInstanceKey();
        instances.add(key);
        keysBefore.add(key);
      }
      // two instances move on to the second task; one of them fails into an incident
      List<ActivatedJob> firstJobs = activate(client, first, 2);
      for (ActivatedJob job : firstJobs) {
        client.newCompleteCommand(job.getKey()).variables(Map.of("coded", true)).send().join();
      }
      ActivatedJob failing = activate(client, second, 1).get(0);
      client.newFailCommand(failing.getKey()).retries(0).errorMessage("payer down").send().join();
      incidentInstance = failing.getProcessInstanceKey();
    }

    killAndRestart(0);

    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      var stillActive =
          client
              .newProcessInstanceSearchRequest()
              .filter(f -> f.processDefinitionId(processId))
              .send()
              .join()
              .items();
      assertThat(stillActive).hasSize(4).allMatch(p -> p.getState().name().equals("ACTIVE"));
      var incidents =
          client
              .newIncidentSearchRequest()
              .filter(f -> f.processInstanceKey(incidentInstance))
              .send()
              .join()
              .items();
      assertThat(incidents)
          .singleElement()
          .satisfies(i -> assertThat(i.getErrorMessage()).isEqualTo("payer down"));

      // a new instance after the restart gets a key never used before
      long fresh =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .variables(Map.of("episodeId", 99))
              .send()
              .join()
              .getProcessInstanceKey();
      assertThat(keysBefore).doesNotContain(fresh);
      instances.add(fresh);

      client.newUpdateRetriesCommand(incidents.get(0).getJobKey()).retries(1).send().join();
      client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();

      // finish everything: 3 first-task jobs remain (2 original + fresh), then 5 second-task jobs
      for (ActivatedJob job : activate(client, first, 10)) {
        assertThat(job.getVariablesAsMap()).containsKey("episodeId");
        client.newCompleteCommand(job.getKey()).send().join();
      }
      for (ActivatedJob job : activate(client, second, 10)) {
        client.newCompleteCommand(job.getKey()).send().join();
      }
      for (long key : instances) {
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> client.newProcessInstanceGetRequest(key).send().join().getState().name(),
                state -> state.equals("COMPLETED"));
      }
      var coded =
          client
              .newVariableSearchRequest()
              .filter(f -> f.name("coded"))
              .send()
              .join()
              .items()
              .stream()
              .filter(v -> instances.contains(v.getProcessInstanceKey()))
              .count();
      assertThat(coded).as("variables written before the kill are still there").isEqualTo(2);
    }
  }

  @Test
  void waitingSubscriptionsAndTimersSurviveAKilledRuntimeAndDueTimersFireAfterTheRestart()
      throws Exception {
    startFirstRuntime("runtime-restart-events");
    String processId = "restart_events_" + UUID.randomUUID().toString().substring(0, 8);
    String message = processId + "-payer-response";
    String soonType = processId + "-soon";
    String laterType = processId + "-later";
    long key;
    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      client
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess(processId)
                  .startEvent()
                  .parallelGateway("Fork")
                  .intermediateCatchEvent(
                      "Event_PayerResponded",
                      e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId")))
                  .endEvent()
                  .moveToNode("Fork")
                  .intermediateCatchEvent("Event_Soon", e -> e.timerWithDuration("PT3S"))
                  .serviceTask("Task_Soon", t -> t.zeebeJobType(soonType))
                  .endEvent()
                  .moveToNode("Fork")
                  .intermediateCatchEvent("Event_NextWeek", e -> e.timerWithDuration("P7D"))
                  .serviceTask("Task_Later", t -> t.zeebeJobType(laterType))
                  .endEvent()
                  .done(),
              processId + ".bpmn")
          .send()
          .join();
      key =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .variables(Map.of("claimId", "C-1"))
              .send()
              .join()
              .getProcessInstanceKey();
      long instance = key;
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  client
                      .newMessageSubscriptionSearchRequest()
                      .filter(f -> f.processInstanceKey(instance))
                      .send()
                      .join()
                      .items()
                      .size(),
              n -> n == 1);
    }

    // killed before the three-second timer is due; it falls due while the runtime is down
    killAndRestart(3_500);

    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      long instance = key;
      var subscription =
          client
              .newMessageSubscriptionSearchRequest()
              .filter(f -> f.processInstanceKey(instance))
              .send()
              .join()
              .items();
      assertThat(subscription)
          .singleElement()
          .satisfies(s -> assertThat(s.getMessageSubscriptionState().name()).isEqualTo("CREATED"));

      // the timer that fell due while the runtime was down fires after the restart
      completeAll(client, activate(client, soonType, 1), 1);
      // the week-long timer is still scheduled: moving the clock fires it
      assertThat(activate(client, laterType, 1)).isEmpty();
      http(
          "POST", "/actuator/clock/add", "{\"offsetMilli\":" + Duration.ofDays(8).toMillis() + "}");
      completeAll(client, activate(client, laterType, 1), 1);

      client.newPublishMessageCommand().messageName(message).correlationKey("C-1").send().join();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> client.newProcessInstanceGetRequest(instance).send().join().getState().name(),
              state -> state.equals("COMPLETED"));
    } finally {
      http("DELETE", "/actuator/clock", null);
    }
  }

  @Test
  void waitingUserTasksSurviveAKilledRuntimeAndAreCompletableAfterTheRestart() throws Exception {
    startFirstRuntime("runtime-restart-user-tasks");
    String processId = "restart_tasks_" + UUID.randomUUID().toString().substring(0, 8);
    String formId = processId + "-form";
    List<Long> instances = new ArrayList<>();
    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      client
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess(processId)
                  .startEvent()
                  .userTask(
                      "Task_ReviewClaim",
                      t ->
                          t.zeebeUserTask()
                              .zeebeAssigneeExpression("coordinator")
                              .zeebeCandidateGroups("billing")
                              .zeebeDueDate("2030-01-31T17:00:00Z")
                              .zeebeFormId(formId))
                  .endEvent()
                  .done(),
              processId + ".bpmn")
          .addResourceStringUtf8(
              "{\"id\":\"" + formId + "\",\"type\":\"default\",\"components\":[]}",
              formId + ".form")
          .send()
          .join();
      for (String coordinator : List.of("c-1", "c-2")) {
        instances.add(
            client
                .newCreateInstanceCommand()
                .bpmnProcessId(processId)
                .latestVersion()
                .variables(Map.of("coordinator", coordinator))
                .send()
                .join()
                .getProcessInstanceKey());
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> userTasks(client, processId).size(), n -> n == 2);
    }

    killAndRestart(0);

    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      var tasks = userTasks(client, processId);
      assertThat(tasks)
          .hasSize(2)
          .allSatisfy(
              t -> {
                assertThat(t.getState().name()).isEqualTo("CREATED");
                assertThat(t.getCandidateGroups()).containsExactly("billing");
                assertThat(t.getDueDate()).isNotNull();
                assertThat(t.getFormKey()).isNotNull();
              });
      assertThat(tasks).extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("c-1", "c-2");
      var first = tasks.get(0);
      assertThat(client.newUserTaskGetFormRequest(first.getUserTaskKey()).send().join().getFormId())
          .isEqualTo(formId);

      client.newAssignUserTaskCommand(first.getUserTaskKey()).assignee("c-9").send().join();
      for (var task : tasks) {
        client
            .newCompleteUserTaskCommand(task.getUserTaskKey())
            .variables(Map.of("approved", true))
            .send()
            .join();
      }
      for (long key : instances) {
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> client.newProcessInstanceGetRequest(key).send().join().getState().name(),
                state -> state.equals("COMPLETED"));
      }
      assertThat(userTasks(client, processId))
          .allSatisfy(t -> assertThat(t.getState().name()).isEqualTo("COMPLETED"));
    }
  }

  @Test
  void waitingCalledInstancesAndMultiInstanceBodiesContinueAfterAKilledRuntime() throws Exception {
    startFirstRuntime("runtime-restart-calls");
    String parentId = "restart_calls_" + UUID.randomUUID().toString().substring(0, 8);
    String childId = parentId + "_line";
    String jobType = parentId + "-price";
    long key;
    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      client
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess(childId)
                  .startEvent()
                  .serviceTask("Task_Price", t -> t.zeebeJobType(jobType))
                  .endEvent()
                  .done(),
              childId + ".bpmn")
          .addProcessModel(
              Bpmn.createExecutableProcess(parentId)
                  .startEvent()
                  .callActivity(
                      "Call_PriceLine",
                      c ->
                          c.zeebeProcessId(childId)
                              .zeebePropagateAllChildVariables(false)
                              .multiInstance(
                                  m ->
                                      m.sequential()
                                          .zeebeInputCollectionExpression("lines")
                                          .zeebeInputElement("line")
                                          .zeebeOutputCollection("prices")
                                          .zeebeOutputElementExpression("price")))
                  .zeebeOutputExpression("price", "price")
                  .endEvent()
                  .done(),
              parentId + ".bpmn")
          .send()
          .join();
      key =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(parentId)
              .latestVersion()
              .variables(Map.of("lines", List.of("J1745", "J2505", "96413")))
              .send()
              .join()
              .getProcessInstanceKey();
      // the first line is priced; the second called instance waits on its job
      ActivatedJob first = activate(client, jobType, 1).get(0);
      assertThat(first.getVariablesAsMap()).containsEntry("line", "J1745");
      client.newCompleteCommand(first.getKey()).variables(Map.of("price", 1)).send().join();
    }

    killAndRestart(0);

    try (CamundaClient client = client(restPort, grpcPort)) {
      awaitTopology(client);
      long instance = key;
      for (int i = 2; i <= 3; i++) {
        List<ActivatedJob> jobs = activate(client, jobType, 1);
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("loopCounter", i);
        client.newCompleteCommand(jobs.get(0).getKey()).variables(Map.of("price", i)).send().join();
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> client.newProcessInstanceGetRequest(instance).send().join().getState().name(),
              state -> state.equals("COMPLETED"));
      var prices =
          client
              .newVariableSearchRequest()
              .filter(f -> f.processInstanceKey(instance).scopeKey(instance).name("prices"))
              .send()
              .join()
              .items();
      assertThat(prices)
          .singleElement()
          .satisfies(v -> assertThat(v.getValue()).isEqualTo("[1,2,3]"));
      assertThat(
              client
                  .newProcessInstanceSearchRequest()
                  .filter(f -> f.parentProcessInstanceKey(instance))
                  .send()
                  .join()
                  .items())
          .hasSize(3)
          .allMatch(p -> p.getState().name().equals("COMPLETED"));
    }
  }

  private static List<io.camunda.client.api.search.response.UserTask> userTasks(
      CamundaClient client, String processId) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.bpmnProcessId(processId))
        .send()
        .join()
        .items();
  }

  private static void completeAll(CamundaClient client, List<ActivatedJob> jobs, int expected) {
    assertThat(jobs).hasSize(expected);
    jobs.forEach(job -> client.newCompleteCommand(job.getKey()).send().join());
  }

  private void http(String method, String path, String json) {
    TestHttp.send(URI.create("http://127.0.0.1:" + restPort), method, path, json);
  }

  /** Starts a runtime in its own JVM on a new database (H2 file, or TEST_DB_URL). */
  private void startFirstRuntime(String name) throws IOException {
    dataDir = Files.createTempDirectory(name);
    restPort = freePort();
    grpcPort = freePort();
    jdbcUrl = jdbcUrl();
    runtime = startRuntime(restPort, grpcPort, jdbcUrl);
  }

  /** SIGKILL, an optional pause while the runtime is down, and a start on the same database. */
  private void killAndRestart(long downMillis) throws Exception {
    runtime.destroyForcibly().waitFor();
    Thread.sleep(downMillis);
    runtime = startRuntime(restPort, grpcPort, jdbcUrl);
  }

  private List<ActivatedJob> activate(CamundaClient client, String type, int max) {
    List<ActivatedJob> all = new ArrayList<>();
    // several polls: activation returns what is ready, up to max
    for (int i = 0; i < 5 && all.size() < max; i++) {
      all.addAll(
          client
              .newActivateJobsCommand()
              .jobType(type)
              .maxJobsToActivate(max - all.size())
              .requestTimeout(Duration.ofSeconds(2))
              .send()
              .join()
              .getJobs());
    }
    return all;
  }

  private Process startRuntime(int restPort, int grpcPort, String jdbcUrl) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "com.infusionbilling.runtime.RuntimeMain")
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("runtime.log").toFile());
    builder.environment().put("RUNTIME_REST_PORT", String.valueOf(restPort));
    builder.environment().put("RUNTIME_GRPC_PORT", String.valueOf(grpcPort));
    builder.environment().put("RUNTIME_JDBC_URL", jdbcUrl);
    builder.environment().put("RUNTIME_JDBC_USER", env("TEST_DB_USER", "sa"));
    builder.environment().put("RUNTIME_JDBC_PASSWORD", env("TEST_DB_PASSWORD", ""));
    builder.environment().put("RUNTIME_AUTH_ENABLED", "false"); // its clients connect without
    return builder.start();
  }

  private String jdbcUrl() {
    String url = System.getenv("TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      return url; // MariaDB in CI: the runtime tables are shared, so this test uses unique ids
    }
    return "jdbc:h2:file:"
        + dataDir.resolve("runtime").toAbsolutePath()
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0";
  }

  private static CamundaClient client(int restPort, int grpcPort) {
    return CamundaClient.newClientBuilder()
        .restAddress(URI.create("http://127.0.0.1:" + restPort))
        .grpcAddress(URI.create("http://127.0.0.1:" + grpcPort))
        .preferRestOverGrpc(false)
        // a freshly started child JVM on a busy 2-core machine can take well over the default 10 s
        // for its first commands; this test is about durability, not speed
        .defaultRequestTimeout(Duration.ofSeconds(60))
        .build();
  }

  private void awaitTopology(CamundaClient client) {
    await()
        // a child JVM on a loaded 2-core machine was seen to need more than 90 s to open its ports
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .alias("runtime started (log: " + dataDir.resolve("runtime.log") + ")")
        .until(
            () ->
                !client.newTopologyRequest().send().join().getBrokers().isEmpty()
                    // the REST listener opens after the gRPC gateway: wait for both
                    && client.newProcessDefinitionSearchRequest().send().join() != null);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
