package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.EvaluatedDecision;
import io.camunda.client.api.search.response.DecisionInstance;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions through the API, as docs.camunda.io describes "Evaluate decision", the decision
 * definition, decision requirements and decision instance searches, and DMN deployment.
 */
class DecisionApiConformanceTest extends DecisionConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void deployingDmnListsItsDecisionsAndRequirementsAndVersionsThemById(Transport transport) {
    var client = client(transport);
    String s = suffix();
    var first = deployDmn(client, "claim-routing.dmn", s);

    assertThat(first.getDecisions())
        .extracting(d -> d.getDmnDecisionId())
        .containsExactlyInAnyOrder(decision("Queue", s), decision("Tier", s), decision("Copay", s));
    assertThat(first.getDecisions()).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(1));
    assertThat(first.getDecisionRequirements()).hasSize(1);
    var requirements = first.getDecisionRequirements().get(0);
    assertThat(requirements.getDmnDecisionRequirementsId()).isEqualTo("ClaimRouting_" + s);
    assertThat(requirements.getDmnDecisionRequirementsName()).isEqualTo("Claim routing");
    assertThat(first.getDecisions())
        .allSatisfy(
            d ->
                assertThat(d.getDecisionRequirementsKey())
                    .isEqualTo(requirements.getDecisionRequirementsKey()));

    var unchanged = deployDmn(client, "claim-routing.dmn", s);
    assertThat(unchanged.getDecisions()).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(1));

    var changed =
        client
            .newDeployResourceCommand()
            .addResourceString(
                dmn("claim-routing.dmn", s).replace("0.2", "0.25"),
                StandardCharsets.UTF_8,
                "claim-routing.dmn")
            .send()
            .join();
    assertThat(changed.getDecisions()).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(2));
    assertThat(changed.getDecisionRequirements().get(0).getVersion()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInvalidDmnRejectsTheDeploymentNamingTheResource(Transport transport) {
    var client = client(transport);
    String invalid =
        "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"Broken\""
            + " name=\"Broken\" namespace=\"x\"><decision id=\"Decision_Broken\" name=\"b\">"
            + "<literalExpression><text>1 +* 2</text></literalExpression></decision></definitions>";
    assertRejected(
        transport,
        () ->
            client
                .newDeployResourceCommand()
                .addResourceString(invalid, StandardCharsets.UTF_8, "broken-policy.dmn")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "broken-policy.dmn");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void evaluatingADecisionReturnsItsOutputAndEveryEvaluatedDecision(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "claim-routing.dmn", s);

    var response =
        client
            .newEvaluateDecisionCommand()
            .decisionId(decision("Queue", s))
            .variables(Map.of("units", 20, "unitPrice", 40))
            .send()
            .join();

    assertThat(response.getDecisionId()).isEqualTo(decision("Queue", s));
    assertThat(response.getDecisionName()).isEqualTo("Claim queue");
    assertThat(response.getDecisionVersion()).isEqualTo(1);
    assertThat(response.getDecisionRequirementsId()).isEqualTo("ClaimRouting_" + s);
    assertThat(response.getDecisionOutput()).isEqualTo("\"counseling\"");
    assertThat(response.getFailedDecisionId()).isNullOrEmpty();
    assertThat(response.getEvaluatedDecisions())
        .extracting(EvaluatedDecision::getDecisionId)
        .containsExactly(decision("Tier", s), decision("Copay", s), decision("Queue", s));
    EvaluatedDecision queue = response.getEvaluatedDecisions().get(2);
    assertThat(queue.getDecisionType()).isEqualTo("DECISION_TABLE");
    assertThat(queue.getMatchedRules()).hasSize(1);
    assertThat(queue.getMatchedRules().get(0).getRuleIndex()).isEqualTo(2);
    assertThat(queue.getMatchedRules().get(0).getRuleId()).isEqualTo("Rule_Q2");
    assertThat(queue.getEvaluatedInputs())
        .extracting(i -> i.getInputName() + "=" + i.getInputValue())
        .containsExactly("Drug tier=\"normal\"", "Copay=160");
    assertThat(response.getEvaluatedDecisions().get(1).getDecisionType())
        .isEqualTo("LITERAL_EXPRESSION");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aDecisionCanBeEvaluatedByItsKey(Transport transport) {
    var client = client(transport);
    String s = suffix();
    long key =
        deployDmn(client, "hit-policies.dmn", s).getDecisions().stream()
            .filter(d -> d.getDmnDecisionId().equals(decision("Collect", s)))
            .findFirst()
            .orElseThrow()
            .getDecisionKey();

    var response =
        client
            .newEvaluateDecisionCommand()
            .decisionKey(key)
            .variables(Map.of("units", 60))
            .send()
            .join();

    assertThat(response.getDecisionKey()).isEqualTo(key);
    assertThat(response.getDecisionOutput()).isEqualTo("[\"coder\",\"pharmacist\",\"physician\"]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aFailedEvaluationIsReportedWithTheFailedDecisionAndRecorded(Transport transport) {
    var client = client(transport);
    String s = suffix();
    deployDmn(client, "strict-eligibility.dmn", s);

    var response =
        client
            .newEvaluateDecisionCommand()
            .decisionId(decision("Fee", s))
            .variables(Map.of("units", 2))
            .send()
            .join();

    assertThat(response.getFailedDecisionId()).isEqualTo(decision("Fee", s));
    assertThat(response.getFailureMessage())
        .startsWith("Expected to evaluate decision '" + decision("Fee", s) + "', but ")
        .containsIgnoringCase("assert");
    var recorded =
        client
            .newDecisionInstanceSearchRequest()
            .filter(f -> f.decisionDefinitionId(decision("Fee", s)))
            .send()
            .join()
            .items();
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).getState().name()).isEqualTo("FAILED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void evaluatingADecisionThatIsNotDeployedIsRejectedAsTheApisDocumentIt(Transport transport) {
    var client = client(transport);
    assertRejected(
        transport,
        () ->
            client
                .newEvaluateDecisionCommand()
                .decisionId("Decision_NotDeployed_" + suffix())
                .variables(Map.of())
                .send()
                .join(),
        404,
        Status.Code.INVALID_ARGUMENT,
        "Decision_NotDeployed_");
  }

  @Test
  void decisionDefinitionsAndRequirementsAreSearchableAndTheirXmlIsServed() {
    var client = client(Transport.REST);
    String s = suffix();
    var deployed = deployDmn(client, "claim-routing.dmn", s);
    long tierKey =
        deployed.getDecisions().stream()
            .filter(d -> d.getDmnDecisionId().equals(decision("Tier", s)))
            .findFirst()
            .orElseThrow()
            .getDecisionKey();

    var found =
        client
            .newDecisionDefinitionSearchRequest()
            .filter(f -> f.decisionDefinitionId(decision("Tier", s)))
            .send()
            .join()
            .items();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getDecisionKey()).isEqualTo(tierKey);
    assertThat(found.get(0).getDmnDecisionName()).isEqualTo("Drug tier");
    assertThat(found.get(0).getDmnDecisionRequirementsId()).isEqualTo("ClaimRouting_" + s);

    var byKey = client.newDecisionDefinitionGetRequest(tierKey).send().join();
    assertThat(byKey.getDmnDecisionId()).isEqualTo(decision("Tier", s));
    assertThat(client.newDecisionDefinitionGetXmlRequest(tierKey).send().join())
        .contains("id=\"" + decision("Tier", s) + "\"");

    var requirements =
        client
            .newDecisionRequirementsSearchRequest()
            .filter(f -> f.decisionRequirementsId("ClaimRouting_" + s))
            .send()
            .join()
            .items();
    assertThat(requirements).hasSize(1);
    assertThat(requirements.get(0).getDmnDecisionRequirementsName()).isEqualTo("Claim routing");
    assertThat(requirements.get(0).getResourceName()).isEqualTo("claim-routing.dmn");
  }

  @Test
  void aDecisionInstanceCarriesItsInputsMatchedRulesAndResult() {
    var client = client(Transport.REST);
    String s = suffix();
    deployDmn(client, "hit-policies.dmn", s);
    var response =
        client
            .newEvaluateDecisionCommand()
            .decisionId(decision("Route", s))
            .variables(Map.of("units", 30))
            .send()
            .join();

    var found =
        client
            .newDecisionInstanceSearchRequest()
            .filter(f -> f.decisionInstanceKey(response.getDecisionInstanceKey()))
            .send()
            .join()
            .items();
    assertThat(found).hasSize(1);
    DecisionInstance instance =
        client.newDecisionInstanceGetRequest(found.get(0).getDecisionInstanceId()).send().join();

    assertThat(instance.getDecisionInstanceId())
        .isEqualTo(response.getEvaluatedDecisions().get(0).getDecisionEvaluationInstanceKey());
    assertThat(instance.getState().name()).isEqualTo("EVALUATED");
    assertThat(instance.getDecisionDefinitionId()).isEqualTo(decision("Route", s));
    assertThat(instance.getDecisionDefinitionName()).isEqualTo("Work queue");
    assertThat(instance.getDecisionDefinitionType().name()).isEqualTo("DECISION_TABLE");
    assertThat(instance.getResult()).isEqualTo("{\"queue\":\"clinical\",\"slaDays\":2}");
    assertThat(instance.getProcessInstanceKey()).isEqualTo(-1L);
    assertThat(instance.getEvaluatedInputs()).hasSize(1);
    assertThat(instance.getEvaluatedInputs().get(0).getInputValue()).isEqualTo("30");
    assertThat(instance.getMatchedRules()).hasSize(1);
    assertThat(instance.getMatchedRules().get(0).getRuleIndex()).isEqualTo(2);
    assertThat(instance.getMatchedRules().get(0).getEvaluatedOutputs())
        .extracting(o -> o.getOutputName() + "=" + o.getOutputValue())
        .containsExactly("queue=\"clinical\"", "slaDays=2");
  }
}
