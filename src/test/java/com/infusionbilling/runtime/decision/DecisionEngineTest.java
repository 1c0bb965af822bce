package com.infusionbilling.runtime.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.model.DeploymentRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.dmn.parser.ParsedDmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision output of each hit policy, as the DMN 1.3 specification (section 8.2.11) and
 * docs.camunda.io ("DMN decision table hit policy") describe it, and the audit of evaluated inputs
 * and matched rules that decision instances report.
 */
class DecisionEngineTest {

  private static final DecisionEngine ENGINE = new DecisionEngine(new RuntimeClock());

  static ParsedDmn dmn(String file) {
    try (InputStream in = DecisionEngineTest.class.getResourceAsStream("/dmn/" + file)) {
      return ENGINE.parse(file, in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> hitPolicies() {
    return Stream.of(
        // decision, units, expected output JSON, matched rule indexes; source
        Arguments.of("Decision_Unique", 30, "\"mid\"", List.of(2)), // UNIQUE: the one match
        Arguments.of("Decision_Unique", 5, "\"low\"", List.of(1)),
        Arguments.of("Decision_First", 30, "true", List.of(2)), // FIRST: first match in order
        Arguments.of("Decision_Any", 30, "true", List.of(1, 2)), // ANY: equal outputs
        Arguments.of(
            "Decision_Collect", 60, "[\"coder\",\"pharmacist\",\"physician\"]", List.of(1, 2, 3)),
        Arguments.of("Decision_Collect", 5, "[\"coder\"]", List.of(1)),
        Arguments.of(
            "Decision_Collect", 0, "null", List.of()), // COLLECT, no match: null (dmn-scala)
        Arguments.of("Decision_CollectSum", 30, "11", List.of(1, 2)), // C+: sum
        Arguments.of("Decision_CollectCount", 60, "3", List.of(1, 2, 3)), // C#: count
        Arguments.of("Decision_CollectMin", 60, "1", List.of(1, 2, 3)), // C<: minimum
        Arguments.of("Decision_CollectMax", 60, "100", List.of(1, 2, 3)), // C>: maximum
        Arguments.of(
            "Decision_RuleOrder", 30, "[\"pharmacist\",\"coder\"]", List.of(2, 3)), // R: rule order
        Arguments.of("Decision_Priority", 30, "\"high\"", List.of(1, 2, 3)), // P: by output values
        Arguments.of(
            "Decision_OutputOrder",
            30,
            "[\"high\",\"medium\",\"low\"]",
            List.of(1, 2, 3)), // O: sorted by output values
        Arguments.of(
            "Decision_Route", 30, "{\"queue\":\"clinical\",\"slaDays\":2}", List.of(2)), // outputs
        Arguments.of("Decision_Priority", 0, "null", List.of()) // no match: null
        );
  }

  @ParameterizedTest(name = "{0} with {1} units -> {2}")
  @MethodSource("hitPolicies")
  void eachHitPolicyProducesTheDocumentedOutput(
      String decisionId, int units, String outputJson, List<Integer> matchedRules) {
    DecisionEvaluation evaluation =
        ENGINE.evaluate(
            dmn("hit-policies.dmn"), decisionId, Map.of("units", units, "payer", "AETNA"));

    assertThat(evaluation.failed()).as(evaluation.failureMessage()).isFalse();
    assertThat(evaluation.outputJson()).isEqualTo(outputJson);
    assertThat(evaluation.evaluatedDecisions()).hasSize(1);
    var decision = evaluation.evaluatedDecisions().get(0);
    assertThat(decision.decisionType()).isEqualTo("DECISION_TABLE");
    assertThat(decision.matchedRules())
        .extracting(DecisionEvaluation.MatchedRule::ruleIndex)
        .containsExactlyElementsOf(matchedRules);
  }

  @Test
  void evaluatedInputsAndMatchedRulesAreRecordedWithLabelsAndOutputs() {
    var decision =
        ENGINE
            .evaluate(dmn("hit-policies.dmn"), "Decision_Route", Map.of("units", 30))
            .evaluatedDecisions()
            .get(0);

    assertThat(decision.inputs())
        .containsExactly(
            new DecisionEvaluation.EvaluatedInput("Input_Units_Route", "Billed units", "30"));
    assertThat(decision.matchedRules()).hasSize(1);
    assertThat(decision.matchedRules().get(0).ruleId()).isEqualTo("Rule_R2");
    assertThat(decision.matchedRules().get(0).outputs())
        .containsExactly(
            new DecisionEvaluation.EvaluatedOutput("Output_Queue", "queue", "\"clinical\""),
            new DecisionEvaluation.EvaluatedOutput("Output_Sla", "slaDays", "2"));
  }

  @Test
  void requiredDecisionsAreEvaluatedFirstAndFeedTheDecisionThatRequiresThem() {
    DecisionEvaluation evaluation =
        ENGINE.evaluate(
            dmn("claim-routing.dmn"), "Decision_Queue", Map.of("units", 20, "unitPrice", 40));

    assertThat(evaluation.failed()).as(evaluation.failureMessage()).isFalse();
    assertThat(evaluation.outputJson()).isEqualTo("\"counseling\"");
    assertThat(evaluation.evaluatedDecisions())
        .extracting(DecisionEvaluation.EvaluatedDecision::decisionId)
        .containsExactly("Decision_Tier", "Decision_Copay", "Decision_Queue");
    assertThat(evaluation.evaluatedDecisions().get(1).decisionType())
        .isEqualTo("LITERAL_EXPRESSION");
    assertThat(evaluation.evaluatedDecisions().get(1).outputJson()).isEqualTo("160");
  }

  @Test
  void aUniqueHitPolicyViolationFailsNamingTheDecision() {
    DecisionEvaluation evaluation =
        ENGINE.evaluate(dmn("strict-eligibility.dmn"), "Decision_Strict", Map.of("units", 15));

    assertThat(evaluation.failed()).isTrue();
    assertThat(evaluation.failedDecisionId()).isEqualTo("Decision_Strict");
    assertThat(evaluation.failureMessage()).isNotBlank();
  }

  @Test
  void aFeelFailureFailsTheEvaluationWithTheFeelMessage() {
    DecisionEvaluation evaluation =
        ENGINE.evaluate(dmn("strict-eligibility.dmn"), "Decision_Fee", Map.of("units", 3));

    assertThat(evaluation.failed()).isTrue();
    assertThat(evaluation.failedDecisionId()).isEqualTo("Decision_Fee");
    assertThat(evaluation.failureMessage()).containsIgnoringCase("assert");
  }

  @Test
  void theWarmUpDecisionEvaluates() {
    new DecisionEngine(new RuntimeClock()).warmUp(); // throws if the embedded DMN were invalid
    assertThat(
            ENGINE
                .evaluate(dmn("hit-policies.dmn"), "Decision_Unique", Map.of("units", 1))
                .failed())
        .isFalse();
  }

  @Test
  void anInvalidDmnIsRejectedNamingTheResource() {
    assertThatThrownBy(
            () ->
                ENGINE.parse(
                    "broken.dmn",
                    ("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"x\""
                            + " name=\"x\" namespace=\"x\"><decision id=\"d\" name=\"d\">"
                            + "<literalExpression><text>1 +* 2</text></literalExpression>"
                            + "</decision></definitions>")
                        .getBytes()))
        .isInstanceOf(DeploymentRejectedException.class)
        .hasMessageContaining("broken.dmn");
  }
}
