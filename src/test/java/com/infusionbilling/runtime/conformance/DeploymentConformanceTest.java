package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deployment, as docs.camunda.io describes it for the Deploy resources command. */
class DeploymentConformanceTest extends ConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void redeployingIdenticalContentReturnsTheExistingVersion(Transport transport) {
    var client = client(transport);
    String id = uniqueId("dup");
    var model = oneTask(id, "t");
    var first =
        client.newDeployResourceCommand().addProcessModel(model, id + ".bpmn").send().join();
    var second =
        client.newDeployResourceCommand().addProcessModel(model, id + ".bpmn").send().join();

    assertThat(second.getProcesses().get(0).getVersion()).isEqualTo(1);
    assertThat(second.getProcesses().get(0).getProcessDefinitionKey())
        .isEqualTo(first.getProcesses().get(0).getProcessDefinitionKey());
  }

  /**
   * A project deploys all its models, decisions and forms in one request (the Spring starter's
   * {@code @Deployment}): the application's own is about 50 resources. Tomcat accepts only 50
   * multipart parts by default, and the 51st failed the whole deployment.
   */
  @ParameterizedTest
  @EnumSource(Transport.class)
  void oneDeploymentOfMoreThanFiftyResourcesIsAccepted(Transport transport) {
    var client = client(transport);
    String prefix = uniqueId("many");
    var command =
        client
            .newDeployResourceCommand()
            .addProcessModel(oneTask(prefix + "_0", "t"), prefix + "_0.bpmn");
    for (int i = 1; i < 120; i++) {
      command = command.addProcessModel(oneTask(prefix + "_" + i, "t"), prefix + "_" + i + ".bpmn");
    }
    var deployed = command.send().join();
    assertThat(deployed.getProcesses()).hasSize(120);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void deployingChangedContentCreatesTheNextVersion(Transport transport) {
    var client = client(transport);
    String id = uniqueId("ver");
    client.newDeployResourceCommand().addProcessModel(oneTask(id, "a"), id + ".bpmn").send().join();
    var second =
        client
            .newDeployResourceCommand()
            .addProcessModel(oneTask(id, "b"), id + ".bpmn")
            .send()
            .join();

    assertThat(second.getProcesses().get(0).getVersion()).isEqualTo(2);
    long key = start(client, id, java.util.Map.of());
    assertThat(processInstance(client, key).getProcessDefinitionVersion()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInvalidModelIsRejectedNamingTheElement(Transport transport) {
    var client = client(transport);
    var model =
        Bpmn.createExecutableProcess(uniqueId("invalid"))
            .startEvent()
            .serviceTask("Task_NoType")
            .endEvent()
            .done();
    assertRejected(
        transport,
        () ->
            client.newDeployResourceCommand().addProcessModel(model, "invalid.bpmn").send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "Task_NoType");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anElementTheRuntimeDoesNotExecuteIsRejectedAtDeployment(Transport transport) {
    var client = client(transport);
    var model =
        Bpmn.createExecutableProcess(uniqueId("unsupported"))
            .startEvent()
            .intermediateCatchEvent("Event_Conditional")
            .condition("= amount > 100")
            .endEvent()
            .done();
    assertRejected(
        transport,
        () ->
            client
                .newDeployResourceCommand()
                .addProcessModel(model, "conditional.bpmn")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "Event_Conditional");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aResourceThatIsNotBpmnIsRejected(Transport transport) {
    var client = client(transport);
    assertRejected(
        transport,
        () ->
            client
                .newDeployResourceCommand()
                .addResourceString("<definitions", StandardCharsets.UTF_8, "broken.bpmn")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "broken.bpmn");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theDeployedXmlCanBeReadBack(Transport transport) {
    var client = client(transport);
    String id = uniqueId("xml");
    long key = deploy(client, oneTask(id, "t"), id);
    String xml = client.newProcessDefinitionGetXmlRequest(key).send().join();
    assertThat(xml).contains("id=\"" + id + "\"");
    var definition = client.newProcessDefinitionGetRequest(key).send().join();
    assertThat(definition.getProcessDefinitionId()).isEqualTo(id);
    assertThat(definition.getVersion()).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void statusIsUp() {
    assertThat(client(Transport.REST).newStatusRequest().send().join().getStatus().name())
        .isEqualTo("UP");
  }

  @org.junit.jupiter.api.Test
  void theClockCanBePinnedAndResetThroughTheClient() {
    var client = client(Transport.REST);
    String id = uniqueId("clock");
    String type = uniqueId("t");
    deploy(client, oneTask(id, type), id);
    java.time.Instant pinned = java.time.Instant.parse("2027-03-01T09:00:00Z");
    try {
      client.newPinClockCommand().time(pinned).send().join();
      start(client, id, java.util.Map.of());
      var job = activateOne(client, type);
      // The deadline is computed on the pinned clock (default 5 minute activation timeout).
      assertThat(java.time.Instant.ofEpochMilli(job.getDeadline()))
          .isAfter(pinned)
          .isBefore(pinned.plusSeconds(3600));
    } finally {
      client.newResetClockCommand().send().join();
    }
    assertThat(http("GET", "/actuator/clock", null)).doesNotContain("2027-03-01");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void topologyReportsOneHealthyPartition(Transport transport) {
    var topology = client(transport).newTopologyRequest().send().join();
    assertThat(topology.getBrokers()).hasSize(1);
    assertThat(topology.getBrokers().get(0).getPartitions()).hasSize(1);
    assertThat(topology.getBrokers().get(0).getPartitions().get(0).getHealth().name())
        .isEqualTo("HEALTHY");
    assertThat(topology.getGatewayVersion()).isEqualTo("8.8.14");
  }
}
