package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Business rule tasks with a called decision, as docs.camunda.io ("Business rule tasks", "DMN")
 * describes them: the decision's output goes into the result variable, required decisions are
 * evaluated first, a failing evaluation raises an incident that can be resolved, and the binding
 * type picks the decision version.
 */
class BusinessRuleTaskConformanceTest extends DecisionConformanceSupport {

  private static BpmnModelInstance ruleTask(
      String processId, String decisionId, String resultVariable) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .businessRuleTask(
            "Task_Decide",
            t -> t.zeebeCalledDecisionId(decisionId).zeebeResultVariable(resultVariable))
        .endEvent("end")
        .done();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theDecisionOutputGoesIntoTheResultVariable(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "hit-policies.dmn", s);
    String processId = uniqueId("brt");
    deploy(client, ruleTask(processId, decision("Route", s), "route"), processId);

    long key = start(client, processId, Map.of("units", 30));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key))
        .containsEntry("route", "{\"queue\":\"clinical\",\"slaDays\":2}");
    assertThat(completedElementIds(client, key)).contains("Task_Decide");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void everyHitPolicyShapesTheResultAsDocumented(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "hit-policies.dmn", s);
    String processId = uniqueId("hit");
    var model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .businessRuleTask(
                "Task_Unique",
                t -> t.zeebeCalledDecisionId(decision("Unique", s)).zeebeResultVariable("tier"))
            .businessRuleTask(
                "Task_First",
                t -> t.zeebeCalledDecisionId(decision("First", s)).zeebeResultVariable("pa"))
            .businessRuleTask(
                "Task_Any",
                t -> t.zeebeCalledDecisionId(decision("Any", s)).zeebeResultVariable("separate"))
            .businessRuleTask(
                "Task_Collect",
                t ->
                    t.zeebeCalledDecisionId(decision("Collect", s))
                        .zeebeResultVariable("reviewers"))
            .businessRuleTask(
                "Task_Sum",
                t ->
                    t.zeebeCalledDecisionId(decision("CollectSum", s))
                        .zeebeResultVariable("points"))
            .businessRuleTask(
                "Task_RuleOrder",
                t ->
                    t.zeebeCalledDecisionId(decision("RuleOrder", s))
                        .zeebeResultVariable("ordered"))
            .businessRuleTask(
                "Task_Priority",
                t -> t.zeebeCalledDecisionId(decision("Priority", s)).zeebeResultVariable("level"))
            .businessRuleTask(
                "Task_OutputOrder",
                t ->
                    t.zeebeCalledDecisionId(decision("OutputOrder", s))
                        .zeebeResultVariable("levels"))
            .endEvent()
            .done();
    deploy(client, model, processId);

    long key = start(client, processId, Map.of("units", 30, "payer", "AETNA"));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key))
        .containsEntry("tier", "\"mid\"")
        .containsEntry("pa", "true")
        .containsEntry("separate", "true")
        .containsEntry("reviewers", "[\"coder\",\"pharmacist\"]")
        .containsEntry("points", "11")
        .containsEntry("ordered", "[\"pharmacist\",\"coder\"]")
        .containsEntry("level", "\"high\"")
        .containsEntry("levels", "[\"high\",\"medium\",\"low\"]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void requiredDecisionsOfTheDrdAreEvaluatedAndRecorded(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "claim-routing.dmn", s);
    String processId = uniqueId("drd");
    deploy(client, ruleTask(processId, decision("Queue", s), "queue"), processId);

    long key = start(client, processId, Map.of("units", 60, "unitPrice", 10));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("queue", "\"clinical\"");
    var instances =
        client
            .newDecisionInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(key))
            .send()
            .join()
            .items();
    assertThat(instances)
        .extracting(i -> i.getDecisionDefinitionId())
        .containsExactlyInAnyOrder(decision("Tier", s), decision("Copay", s), decision("Queue", s));
    assertThat(instances).allSatisfy(i -> assertThat(i.getState().name()).isEqualTo("EVALUATED"));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aFailingEvaluationRaisesAnIncidentThatCanBeResolved(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "strict-eligibility.dmn", s);
    String processId = uniqueId("fail");
    deploy(client, ruleTask(processId, decision("Strict", s), "band"), processId);

    long key = start(client, processId, Map.of("units", 15));

    Incident incident = awaitIncident(client, key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.DECISION_EVALUATION_ERROR);
    assertThat(incident.getElementId()).isEqualTo("Task_Decide");
    assertThat(incident.getErrorMessage()).contains(decision("Strict", s));

    client.newSetVariablesCommand(key).variables(Map.of("units", 5)).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("band", "\"eligible\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aFeelErrorInTheDecisionIsNamedInTheIncident(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "strict-eligibility.dmn", s);
    String processId = uniqueId("feel");
    deploy(client, ruleTask(processId, decision("Fee", s), "fee"), processId);

    long key = start(client, processId, Map.of("units", 3));

    Incident incident = awaitIncident(client, key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.DECISION_EVALUATION_ERROR);
    assertThat(incident.getErrorMessage())
        .contains(decision("Fee", s))
        .containsIgnoringCase("assert");
    var failed =
        client
            .newDecisionInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(key))
            .send()
            .join()
            .items();
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).getState().name()).isEqualTo("FAILED");
    assertThat(failed.get(0).getEvaluationFailure()).containsIgnoringCase("assert");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aDecisionThatIsNotDeployedRaisesACalledDecisionIncident(Transport transport) {
    var client = client(transport);
    String processId = uniqueId("missing");
    deploy(client, ruleTask(processId, "Decision_NeverDeployed", "x"), processId);

    long key = start(client, processId, Map.of());

    Incident incident = awaitIncident(client, key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CALLED_DECISION_ERROR);
    assertThat(incident.getErrorMessage()).contains("Decision_NeverDeployed");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theDecisionIdMayBeAFeelExpression(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "hit-policies.dmn", s);
    String processId = uniqueId("expr");
    var model =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .businessRuleTask(
                "Task_Decide",
                t ->
                    t.zeebeCalledDecisionIdExpression("\"Decision_\" + policy + \"_" + s + "\"")
                        .zeebeResultVariable("tier"))
            .endEvent()
            .done();
    deploy(client, model, processId);

    long key = start(client, processId, Map.of("units", 60, "policy", "Unique"));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("tier", "\"high\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bindingTypeDeploymentUsesTheDecisionDeployedWithTheProcess(Transport transport) {
    var client = client(transport);
    String s = suffix();
    String processId = uniqueId("bound");
    String latestId = uniqueId("latest");
    String v1 = dmn("hit-policies.dmn", s);
    var bound =
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .businessRuleTask(
                "Task_Decide",
                t ->
                    t.zeebeCalledDecisionId(decision("Unique", s))
                        .zeebeResultVariable("tier")
                        .zeebeBindingType(ZeebeBindingType.deployment))
            .endEvent()
            .done();
    client
        .newDeployResourceCommand()
        .addResourceString(v1, StandardCharsets.UTF_8, "hit-policies.dmn")
        .addProcessModel(bound, processId + ".bpmn")
        .send()
        .join();
    var v2 =
        client
            .newDeployResourceCommand()
            .addResourceString(
                v1.replace("\"high\"", "\"very high\""), StandardCharsets.UTF_8, "hit-policies.dmn")
            .send()
            .join();
    assertThat(v2.getDecisions())
        .filteredOn(d -> d.getDmnDecisionId().equals(decision("Unique", s)))
        .singleElement()
        .satisfies(d -> assertThat(d.getVersion()).isEqualTo(2));
    deploy(client, ruleTask(latestId, decision("Unique", s), "tier"), latestId);

    long boundKey = start(client, processId, Map.of("units", 60));
    long latestKey = start(client, latestId, Map.of("units", 60));

    awaitState(client, boundKey, "COMPLETED");
    awaitState(client, latestKey, "COMPLETED");
    assertThat(globalVariables(client, boundKey)).containsEntry("tier", "\"high\"");
    assertThat(globalVariables(client, latestKey)).containsEntry("tier", "\"very high\"");
  }

  private static Incident awaitIncident(io.camunda.client.CamundaClient client, long key) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    List<Incident> found = incidents(client, key);
    return found.get(0);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bindingTypeVersionTagCallsTheLatestDecisionWithThatTag(Transport transport) {
    var client = client(transport);
    String decisionId = uniqueId("Decision_Fee");
    deployLiteralDecision(client, decisionId, "\"one\"", "1.0");
    deployLiteralDecision(client, decisionId, "\"two\"", "2.0");
    deployLiteralDecision(client, decisionId, "\"three\"", null);
    String processId = uniqueId("tagged");
    deploy(
        client,
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .businessRuleTask(
                "Task_Decide",
                t ->
                    t.zeebeCalledDecisionId(decisionId)
                        .zeebeResultVariable("fee")
                        .zeebeBindingType(ZeebeBindingType.versionTag)
                        .zeebeVersionTag("1.0"))
            .endEvent()
            .done(),
        processId);

    long key = start(client, processId, Map.of());

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("fee", "\"one\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bindingTypeVersionTagWithoutSuchADecisionRaisesAnIncident(Transport transport) {
    var client = client(transport);
    String decisionId = uniqueId("Decision_Fee");
    deployLiteralDecision(client, decisionId, "\"one\"", "1.0");
    String processId = uniqueId("tagged");
    deploy(
        client,
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .businessRuleTask(
                "Task_Decide",
                t ->
                    t.zeebeCalledDecisionId(decisionId)
                        .zeebeResultVariable("fee")
                        .zeebeBindingType(ZeebeBindingType.versionTag)
                        .zeebeVersionTag("9.9"))
            .endEvent()
            .done(),
        processId);

    long key = start(client, processId, Map.of());

    Incident incident = awaitIncident(client, key);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CALLED_DECISION_ERROR);
    assertThat(incident.getErrorMessage()).contains(decisionId).contains("9.9");
  }

  /** A one-decision DMN with a literal expression, optionally tagged as Camunda Modeler does. */
  private static void deployLiteralDecision(
      io.camunda.client.CamundaClient client, String decisionId, String feel, String versionTag) {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="%s_drg" name="Fee" namespace="http://infusionbilling.com/dmn/test">
          <decision id="%s" name="Fee">
            %s
            <variable id="%s_var" name="fee" />
            <literalExpression id="%s_expr"><text>%s</text></literalExpression>
          </decision>
        </definitions>
        """
            .formatted(
                decisionId,
                decisionId,
                versionTag == null
                    ? ""
                    : "<extensionElements><zeebe:versionTag value=\""
                        + versionTag
                        + "\" /></extensionElements>",
                decisionId,
                decisionId,
                feel);
    client
        .newDeployResourceCommand()
        .addResourceString(xml, StandardCharsets.UTF_8, decisionId + ".dmn")
        .send()
        .join();
  }
}
