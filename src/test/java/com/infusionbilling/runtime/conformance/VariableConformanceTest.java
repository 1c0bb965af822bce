package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Variable scopes, propagation and input/output mappings (docs.camunda.io "Variables"). */
class VariableConformanceTest extends ConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void inputMappingsCreateLocalVariablesThatStayInTheirScope(Transport transport) {
    var client = client(transport);
    String id = uniqueId("input");
    String type = uniqueId("t");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "task",
                t ->
                    t.zeebeJobType(type)
                        .zeebeInputExpression("order.amount * 2", "doubled")
                        .zeebeInputExpression("doubled + 1", "plusOne")
                        .zeebeInput("=order.payer", "claim.payer"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("order", Map.of("amount", 21, "payer", "ACME")));
    var job = activateOne(client, type);
    assertThat(job.getVariablesAsMap())
        .containsEntry("doubled", 42)
        .containsEntry("plusOne", 43)
        .containsEntry("claim", Map.of("payer", "ACME"));
    client.newCompleteCommand(job.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsOnlyKeys("order");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void withOutputMappingsOnlyTheMappedVariablesReachTheProcessScope(Transport transport) {
    var client = client(transport);
    String id = uniqueId("output");
    String type = uniqueId("t");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "task",
                t -> t.zeebeJobType(type).zeebeOutputExpression("response.status", "eligibility"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    var job = activateOne(client, type);
    client
        .newCompleteCommand(job.getKey())
        .variables(Map.of("response", Map.of("status", "ACTIVE"), "raw", "x"))
        .send()
        .join();
    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsOnlyKeys("eligibility");
    assertThat(globalVariables(client, key).get("eligibility")).isEqualTo("\"ACTIVE\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void jobVariablesUpdateTheNearestScopeThatHasThemAndCreateTheRestAtTheRoot(Transport transport) {
    var client = client(transport);
    String id = uniqueId("propagate");
    String type = uniqueId("t");
    String check = uniqueId("check");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "sub",
                s ->
                    s.zeebeInputExpression("0", "attempts")
                        .embeddedSubProcess()
                        .startEvent()
                        .serviceTask("task", t -> t.zeebeJobType(type))
                        .serviceTask("inspect", t -> t.zeebeJobType(check))
                        .endEvent())
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    client
        .newCompleteCommand(activateOne(client, type).getKey())
        .variables(Map.of("attempts", 1, "result", "ok"))
        .send()
        .join();
    var inspect = activateOne(client, check);
    assertThat(inspect.getVariablesAsMap()).containsEntry("attempts", 1);
    assertThat(globalVariables(client, key)).containsKey("result").doesNotContainKey("attempts");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void setVariablesLocalStaysOnTheScopeAndOtherwisePropagates(Transport transport) {
    var client = client(transport);
    String id = uniqueId("setvars");
    String type = uniqueId("t");
    deploy(client, oneTask(id, type), id);
    long key = start(client, id, Map.of("existing", 1));
    var job = activateOne(client, type);
    long taskKey = job.getElementInstanceKey();

    client
        .newSetVariablesCommand(taskKey)
        .variables(Map.of("note", "local"))
        .local(true)
        .send()
        .join();
    client
        .newSetVariablesCommand(taskKey)
        .variables(Map.of("existing", 2, "fresh", 3))
        .send()
        .join();

    assertThat(globalVariables(client, key))
        .containsEntry("existing", "2")
        .containsEntry("fresh", "3")
        .doesNotContainKey("note");
    var local =
        client.newVariableSearchRequest().filter(f -> f.scopeKey(taskKey)).send().join().items();
    assertThat(local).extracting(v -> v.getName()).containsExactly("note");
    assertThat(client.newVariableGetRequest(local.get(0).getVariableKey()).send().join().getValue())
        .isEqualTo("\"local\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void settingVariablesOnAnUnknownElementIsRejected(Transport transport) {
    assertRejected(
        transport,
        () ->
            client(transport)
                .newSetVariablesCommand(2251799813685249L + 888_888_888L)
                .variables(Map.of("a", 1))
                .send()
                .join(),
        404,
        Status.Code.NOT_FOUND,
        "no such element");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aFailingInputMappingRaisesAnIoMappingIncidentThatResolvesOnceFixed(Transport transport) {
    var client = client(transport);
    String id = uniqueId("iofail");
    String type = uniqueId("t");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "task",
                t -> t.zeebeJobType(type).zeebeInputExpression("assert(units, units != null)", "u"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    var incidents = incidents(client, key);
    assertThat(incidents)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getErrorType()).isEqualTo(IncidentErrorType.IO_MAPPING_ERROR);
              assertThat(i.getElementId()).isEqualTo("task");
            });
    client.newSetVariablesCommand(key).variables(Map.of("units", 8)).send().join();
    client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();
    assertThat(activateOne(client, type).getVariablesAsMap()).containsEntry("u", 8);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aScriptTaskStoresItsFeelResultInTheResultVariable(Transport transport) {
    var client = client(transport);
    String id = uniqueId("script");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask(
                "units",
                s ->
                    s.zeebeExpression("ceiling(dose / descriptor)")
                        .zeebeResultVariable("billedUnits"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("dose", 77, "descriptor", 10));
    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("billedUnits", "8");
  }
}
