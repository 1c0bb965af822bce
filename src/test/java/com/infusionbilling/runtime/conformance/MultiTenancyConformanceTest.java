package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Multi-tenancy as docs.camunda.io "Multi-tenancy" describes it for the Orchestration Cluster: the
 * tenant endpoints (create, get, update, search, assign and unassign users, delete), and with
 * multi-tenancy on, deployments, definitions, process instances, jobs and user tasks that belong to
 * the tenant they were created for, versions counted per tenant, and workers that fetch only the
 * jobs of their tenants. With multi-tenancy off (the default) everything is in {@code <default>}
 * and naming another tenant is refused. Runs its own runtimes, with multi-tenancy on and off.
 */
class MultiTenancyConformanceTest extends ConformanceSupport {

  private static EmbeddedRuntime runtime;
  private static EmbeddedRuntime singleTenantRuntime;
  private static final Map<Transport, CamundaClient> TENANT_CLIENTS =
      new EnumMap<>(Transport.class);
  private static final Map<Transport, CamundaClient> SINGLE_TENANT_CLIENTS =
      new EnumMap<>(Transport.class);

  @BeforeAll
  static void start() {
    runtime = start(true, TENANT_CLIENTS);
    singleTenantRuntime = start(false, SINGLE_TENANT_CLIENTS);
  }

  private static EmbeddedRuntime start(
      boolean multiTenancy, Map<Transport, CamundaClient> clients) {
    String url =
        "jdbc:h2:mem:rttenant-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    EmbeddedRuntime started =
        EmbeddedRuntime.start(
            new RuntimeProperties(0, 0, null, "127.0.0.1", url, "sa", "", null, null, 4)
                .withMultiTenancy(multiTenancy));
    for (Transport transport : Transport.values()) {
      clients.put(
          transport,
          CamundaClient.newClientBuilder()
              .restAddress(started.restAddress())
              .grpcAddress(started.grpcAddress())
              .preferRestOverGrpc(transport == Transport.REST)
              .defaultRequestTimeout(Duration.ofSeconds(10))
              .build());
    }
    return started;
  }

  @AfterAll
  static void stop() {
    TENANT_CLIENTS.values().forEach(CamundaClient::close);
    SINGLE_TENANT_CLIENTS.values().forEach(CamundaClient::close);
    for (EmbeddedRuntime started : new EmbeddedRuntime[] {runtime, singleTenantRuntime}) {
      if (started != null) {
        started.close();
      }
    }
  }

  private static CamundaClient tenantClient(Transport transport) {
    return TENANT_CLIENTS.get(transport);
  }

  private static String createTenant(CamundaClient client, String prefix) {
    String tenantId = uniqueId(prefix);
    client.newCreateTenantCommand().tenantId(tenantId).name(prefix + " clinic").send().join();
    return tenantId;
  }

  private static BpmnModelInstance intake(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("Task_Verify", t -> t.zeebeJobType(jobType))
        .userTask("Task_Review", u -> u.zeebeUserTask())
        .endEvent()
        .done();
  }

  private static long deployFor(CamundaClient client, BpmnModelInstance model, String tenantId) {
    var deployment =
        client
            .newDeployResourceCommand()
            .addProcessModel(model, "intake.bpmn")
            .tenantId(tenantId)
            .send()
            .join();
    assertThat(deployment.getTenantId()).isEqualTo(tenantId);
    assertThat(deployment.getProcesses()).singleElement();
    assertThat(deployment.getProcesses().get(0).getTenantId()).isEqualTo(tenantId);
    assertThat(deployment.getProcesses().get(0).getVersion()).isEqualTo(1);
    return deployment.getProcesses().get(0).getProcessDefinitionKey();
  }

  private static long startFor(CamundaClient client, String processId, String tenantId) {
    var created =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .tenantId(tenantId)
            .send()
            .join();
    assertThat(created.getTenantId()).isEqualTo(tenantId);
    return created.getProcessInstanceKey();
  }

  private static List<ActivatedJob> activateFor(
      CamundaClient client, String jobType, List<String> tenantIds) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(10)
        .tenantIds(tenantIds)
        .requestTimeout(Duration.ofMillis(500))
        .send()
        .join()
        .getJobs();
  }

  @Test
  void tenantsAreCreatedReadUpdatedSearchedAndDeleted() {
    var client = tenantClient(Transport.REST);
    String tenantId = createTenant(client, "north");

    assertThat(client.newTenantGetRequest(tenantId).send().join().getName())
        .isEqualTo("north clinic");
    client.newUpdateTenantCommand(tenantId).name("North infusion clinic").send().join();
    assertThat(
            client
                .newTenantsSearchRequest()
                .filter(f -> f.tenantId(tenantId))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(t -> assertThat(t.getName()).isEqualTo("North infusion clinic"));

    client.newAssignUserToTenantCommand().username("nurse-7").tenantId(tenantId).send().join();
    assertThat(client.newUsersByTenantSearchRequest(tenantId).send().join().items())
        .extracting(u -> u.getUsername())
        .containsExactly("nurse-7");
    client.newUnassignUserFromTenantCommand().username("nurse-7").tenantId(tenantId).send().join();
    assertThat(client.newUsersByTenantSearchRequest(tenantId).send().join().items()).isEmpty();

    client.newDeleteTenantCommand(tenantId).send().join();
    assertRejected(
        Transport.REST,
        () -> client.newTenantGetRequest(tenantId).send().join(),
        404,
        Status.Code.NOT_FOUND,
        tenantId);
  }

  @Test
  void creatingATenantTwiceIsRejected() {
    var client = tenantClient(Transport.REST);
    String tenantId = createTenant(client, "south");
    assertRejected(
        Transport.REST,
        () -> client.newCreateTenantCommand().tenantId(tenantId).name("again").send().join(),
        409,
        Status.Code.ALREADY_EXISTS,
        "a tenant with this ID exists");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void deploymentsInstancesJobsAndUserTasksBelongToTheirTenant(Transport transport) {
    var client = tenantClient(transport);
    var admin = tenantClient(Transport.REST);
    String north = createTenant(admin, "north");
    String south = createTenant(admin, "south");
    String processId = uniqueId("intake");
    String jobType = uniqueId("verify");

    // the same process deployed for two tenants: version 1 in each, two definitions
    long northDefinition = deployFor(client, intake(processId, jobType), north);
    long southDefinition = deployFor(client, intake(processId, jobType), south);
    assertThat(northDefinition).isNotEqualTo(southDefinition);

    long northInstance = startFor(client, processId, north);
    long southInstance = startFor(client, processId, south);
    assertThat(processInstance(client, northInstance).getProcessDefinitionKey())
        .isEqualTo(northDefinition);
    assertThat(processInstance(client, southInstance).getTenantId()).isEqualTo(south);

    // a worker of the north tenant gets only the north job
    List<ActivatedJob> northJobs = activateFor(client, jobType, List.of(north));
    assertThat(northJobs).singleElement();
    assertThat(northJobs.get(0).getTenantId()).isEqualTo(north);
    assertThat(northJobs.get(0).getProcessInstanceKey()).isEqualTo(northInstance);
    client.newCompleteCommand(northJobs.get(0).getKey()).send().join();
    List<ActivatedJob> southJobs = activateFor(client, jobType, List.of(south));
    assertThat(southJobs).singleElement();
    assertThat(southJobs.get(0).getTenantId()).isEqualTo(south);

    // searches filter by tenant
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(northInstance))
                    .send()
                    .join()
                    .items()
                    .isEmpty());
    assertThat(
            client
                .newUserTaskSearchRequest()
                .filter(f -> f.tenantId(north).elementId("Task_Review"))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(task -> assertThat(task.getProcessInstanceKey()).isEqualTo(northInstance));
    assertThat(
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId(processId).tenantId(south))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(pi -> assertThat(pi.getProcessInstanceKey()).isEqualTo(southInstance));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageReachesOnlyTheInstancesOfItsTenant(Transport transport) {
    var client = tenantClient(transport);
    var admin = tenantClient(Transport.REST);
    String north = createTenant(admin, "north");
    String south = createTenant(admin, "south");
    String processId = uniqueId("authorization");
    String message = uniqueId("payer-answer");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .intermediateCatchEvent(
                "Event_PayerAnswer",
                e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("requestId")))
            .endEvent()
            .done();
    deployFor(client, model, north);
    deployFor(client, model, south);
    Map<String, Object> variables = Map.of("requestId", "PA-1");
    long northInstance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .tenantId(north)
            .send()
            .join()
            .getProcessInstanceKey();
    long southInstance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(variables)
            .tenantId(south)
            .send()
            .join()
            .getProcessInstanceKey();

    var published =
        client
            .newPublishMessageCommand()
            .messageName(message)
            .correlationKey("PA-1")
            .tenantId(north)
            .send()
            .join();

    assertThat(published.getTenantId()).isEqualTo(north);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> processInstance(client, northInstance).getState().name().equals("COMPLETED"));
    assertThat(processInstance(client, southInstance).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTenantThatWasNotCreatedIsRejected(Transport transport) {
    var client = tenantClient(transport);
    String processId = uniqueId("intake");
    assertRejected(
        transport,
        () -> deployFor(client, intake(processId, "verify"), "west-clinic"),
        400,
        Status.Code.INVALID_ARGUMENT,
        "'west-clinic', but no such tenant exists");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void withMultiTenancyOffATenantIdIsRejected(Transport transport) {
    var client = SINGLE_TENANT_CLIENTS.get(transport);
    String processId = uniqueId("intake");
    assertRejected(
        transport,
        () ->
            client
                .newDeployResourceCommand()
                .addProcessModel(intake(processId, "verify"), "intake.bpmn")
                .tenantId("north-clinic")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "'north-clinic', but multi-tenancy is disabled");
    assertRejected(
        transport,
        () -> activateFor(client, "verify", List.of("north-clinic")),
        400,
        Status.Code.INVALID_ARGUMENT,
        "multi-tenancy is disabled");
  }

  private static org.awaitility.core.ConditionFactory await() {
    return org.awaitility.Awaitility.await();
  }
}
