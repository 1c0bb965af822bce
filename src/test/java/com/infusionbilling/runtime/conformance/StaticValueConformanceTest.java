package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Static values versus expressions (docs.camunda.io "Expressions": a value that does not start with
 * {@code =} is a static value, used as the string it is; "Variables": an input mapping's source may
 * be static, an output mapping's source must be an expression).
 */
class StaticValueConformanceTest extends ConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInputMappingSourceWithoutEqualsIsTheStaticStringItSays(Transport transport) {
    var client = client(transport);
    String id = uniqueId("static_input");
    String type = uniqueId("t");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "Task_Call",
                t ->
                    t.zeebeJobType(type)
                        .zeebeInput("POST", "method")
                        .zeebeInput("20", "count")
                        .zeebeInput("true", "flag")
                        .zeebeInput("{{secrets.URL}}", "url")
                        .zeebeInput("noAuth", "authentication.type")
                        .zeebeInput("= 20", "number"))
            .endEvent()
            .done();
    deploy(client, model, id);
    start(client, id, Map.of("POST", "a variable named POST is not read"));

    var job = activateOne(client, type);

    assertThat(job.getVariablesAsMap())
        .containsEntry("method", "POST")
        .containsEntry("count", "20")
        .containsEntry("flag", "true")
        .containsEntry("url", "{{secrets.URL}}")
        .containsEntry("authentication", Map.of("type", "noAuth"))
        .containsEntry("number", 20);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aStaticOutputMappingSourceIsRejectedAtDeploymentNamingTheElement(Transport transport) {
    var client = client(transport);
    String id = uniqueId("static_output");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_StaticOutput", t -> t.zeebeJobType("x").zeebeOutput("status", "s"))
            .endEvent()
            .done();

    assertRejected(
        transport,
        () -> deploy(client, model, id),
        400,
        Status.Code.INVALID_ARGUMENT,
        "'Task_StaticOutput'");
    assertRejected(
        transport,
        () -> deploy(client, model, id),
        400,
        Status.Code.INVALID_ARGUMENT,
        "output mapping's source must be an expression");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aModelerConnectorTemplateDeploysAndItsJobGetsTheLiteralValues(Transport transport) {
    var client = client(transport);
    String id = uniqueId("rest_connector");
    String xml = restConnectorModel(id);
    client
        .newDeployResourceCommand()
        .addResourceBytes(xml.getBytes(StandardCharsets.UTF_8), id + ".bpmn")
        .send()
        .join();
    long key = start(client, id, Map.of("orderId", "O-1"));

    var job = activateOne(client, "io.camunda:http-json:1");

    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    assertThat(job.getRetries()).isEqualTo(3);
    assertThat(job.getVariablesAsMap())
        .containsEntry("method", "POST")
        .containsEntry("url", "{{secrets.URL}}")
        .containsEntry("authentication", Map.of("type", "noAuth"))
        .containsEntry("connectionTimeoutInSeconds", "20")
        .containsEntry("body", Map.of("orderId", "O-1"));
    assertThat(job.getCustomHeaders())
        .containsEntry("resultVariable", "response")
        .containsEntry("resultExpression", "={status: response.status}")
        .containsEntry("retryBackoff", "PT0S");

    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("response", Map.of("status", 200)))
        .send()
        .join();
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void jobTypeRetriesAndCalledElementMayBeStaticOrExpressions(Transport transport) {
    var client = client(transport);
    String child = uniqueId("static_child");
    String parent = uniqueId("static_parent");
    String staticType = uniqueId("static");
    String feelType = uniqueId("feel");
    deploy(client, oneTask(child, staticType), child);
    var model =
        Bpmn.createExecutableProcess(parent)
            .startEvent()
            .serviceTask("Task_Feel", t -> t.zeebeJobTypeExpression("jobType").zeebeJobRetries("5"))
            .callActivity("Call_Static", c -> c.zeebeProcessId(child))
            .endEvent()
            .done();
    deploy(client, model, parent);
    start(client, parent, Map.of("jobType", feelType));

    var feelJob = activateOne(client, feelType);
    assertThat(feelJob.getRetries()).isEqualTo(5);
    client.newCompleteCommand(feelJob.getKey()).send().join();
    var childJob = activateOne(client, staticType);
    assertThat(childJob.getBpmnProcessId()).isEqualTo(child);
  }

  /** What Camunda Modeler writes for the REST outbound connector template (static inputs). */
  private static String restConnectorModel(String id) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:modeler="http://camunda.org/schema/modeler/1.0"
            id="Definitions_Rest" targetNamespace="http://bpmn.io/schema/bpmn"
            exporter="Camunda Modeler" exporterVersion="5.40.0"
            modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
          <bpmn:process id="%s" name="Notify payer" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1">
              <bpmn:outgoing>Flow_1</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:serviceTask id="Task_NotifyPayer" name="Notify payer"
                zeebe:modelerTemplate="io.camunda.connectors.HttpJson.v2"
                zeebe:modelerTemplateVersion="11"
                zeebe:modelerTemplateIcon="data:image/svg+xml;utf8,%%3Csvg%%3E%%3C/svg%%3E">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="io.camunda:http-json:1" retries="3" />
                <zeebe:ioMapping>
                  <zeebe:input source="noAuth" target="authentication.type" />
                  <zeebe:input source="POST" target="method" />
                  <zeebe:input source="{{secrets.URL}}" target="url" />
                  <zeebe:input source="20" target="connectionTimeoutInSeconds" />
                  <zeebe:input source="={orderId: orderId}" target="body" />
                </zeebe:ioMapping>
                <zeebe:taskHeaders>
                  <zeebe:header key="resultVariable" value="response" />
                  <zeebe:header key="resultExpression" value="={status: response.status}" />
                  <zeebe:header key="retryBackoff" value="PT0S" />
                </zeebe:taskHeaders>
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming>
              <bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:endEvent id="EndEvent_1">
              <bpmn:incoming>Flow_2</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_NotifyPayer" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_NotifyPayer" targetRef="EndEvent_1" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(id);
  }
}
