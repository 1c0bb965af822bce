package com.infusionbilling.runtime.decision;

import java.util.List;

/**
 * The outcome of evaluating one decision with its required decisions: the output of the called
 * decision (as JSON and as a Java value), every decision evaluated on the way in evaluation order
 * (required decisions first), and on failure which decision failed and why.
 */
public record DecisionEvaluation(
    Object output,
    String outputJson,
    List<EvaluatedDecision> evaluatedDecisions,
    String failedDecisionId,
    String failureMessage) {

  public boolean failed() {
    return failureMessage != null;
  }

  /** One evaluated decision (a decision table, a literal expression, ...). */
  public record EvaluatedDecision(
      String decisionId,
      String decisionName,
      String decisionType,
      String outputJson,
      List<EvaluatedInput> inputs,
      List<MatchedRule> matchedRules) {}

  public record EvaluatedInput(String inputId, String inputName, String valueJson) {}

  /** A matched rule; its index counts from 1 in the decision table's order, as Camunda's does. */
  public record MatchedRule(String ruleId, int ruleIndex, List<EvaluatedOutput> outputs) {}

  public record EvaluatedOutput(String outputId, String outputName, String valueJson) {}
}
