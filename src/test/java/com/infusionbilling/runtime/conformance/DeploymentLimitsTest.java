package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11 item 7: a huge or malicious model is refused before the model parser sees it (a 400 /
 * INVALID_ARGUMENT naming the resource and the limit), and the runtime goes on serving: a resource
 * over 10 MB, a model of more than 100,000 elements, elements nested more than 64 deep, a DTD
 * (entity expansion).
 */
class DeploymentLimitsTest extends ConformanceSupport {

  static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          + " id=\"Definitions_1\" targetNamespace=\"http://bpmn.io/schema/bpmn\">"
          + "<bpmn:process id=\"%s\" isExecutable=\"true\"><bpmn:startEvent id=\"start\"/>";
  static final String TAIL = "</bpmn:process></bpmn:definitions>";

  static byte[] manyTasks(String id, int tasks) {
    StringBuilder sb = new StringBuilder(HEAD.formatted(id));
    for (int i = 0; i < tasks; i++) {
      sb.append("<bpmn:task id=\"Task_").append(i).append("\"/>");
    }
    return sb.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] deep(String id, int depth) {
    StringBuilder sb = new StringBuilder(HEAD.formatted(id));
    sb.append("<bpmn:task id=\"Task_deep\"><bpmn:extensionElements>");
    sb.append("<x:n xmlns:x=\"urn:x\">".repeat(depth)).append("</x:n>".repeat(depth));
    sb.append("</bpmn:extensionElements></bpmn:task>");
    return sb.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
  }

  void stillServes(Transport transport) {
    var client = client(transport);
    assertThat(client.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
    String id = uniqueId("after_limit");
    assertThat(deploy(client, oneTask(id, "after-limit"), id + ".bpmn")).isPositive();
  }

  @Test
  void aResourceOverTenMegabytesIsRefusedBeforeParsing() {
    var client = client(Transport.REST);
    byte[] huge = manyTasks(uniqueId("huge"), 480_000);
    assertThat(huge.length).isGreaterThan(10 * 1024 * 1024);

    assertRejected(
        Transport.REST,
        () ->
            client
                .newDeployResourceCommand()
                .addResourceBytes(huge, "huge.bpmn")
                .requestTimeout(java.time.Duration.ofMinutes(2))
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "runtime.deployment.max-resource-size");
    stillServes(Transport.REST);
  }

  @Test
  void aModelOfTooManyElementsIsRefusedWhileScanning() {
    var client = client(Transport.REST);
    byte[] many = manyTasks(uniqueId("many"), 120_000);
    assertThat(many.length).isLessThan(10 * 1024 * 1024);

    assertRejected(
        Transport.REST,
        () ->
            client
                .newDeployResourceCommand()
                .addResourceBytes(many, "many.bpmn")
                .requestTimeout(java.time.Duration.ofMinutes(2))
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "more than 100000 XML elements");
    stillServes(Transport.REST);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void elementsNestedTooDeepAreRefused(Transport transport) {
    var client = client(transport);
    byte[] model = deep(uniqueId("deep"), 100);
    assertRejected(
        transport,
        () -> client.newDeployResourceCommand().addResourceBytes(model, "deep.bpmn").send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "more than 64 deep");
    stillServes(transport);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aDtdIsRefused(Transport transport) {
    var client = client(transport);
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " id=\"d\" targetNamespace=\"t\"><bpmn:process id=\"lolz\" isExecutable=\"true\">"
            + "<bpmn:documentation>&lol2;</bpmn:documentation></bpmn:process></bpmn:definitions>";
    assertRejected(
        transport,
        () ->
            client
                .newDeployResourceCommand()
                .addResourceBytes(laughs.getBytes(StandardCharsets.UTF_8), "lolz.bpmn")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "DTD");
    stillServes(transport);
  }
}
