package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.decision.DecisionStore.DecisionDefinitionRow;
import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.CalledDecision;
import java.util.HashMap;
import java.util.Map;

/**
 * A business rule task with {@code zeebe:calledDecision} (docs.camunda.io "Business rule tasks"):
 * on activation (and again when its incident is resolved) the decision id is evaluated, the
 * decision is looked up (latest version, or the one deployed with the process), evaluated against
 * the variables visible to the task, and its output goes into the result variable like a job's
 * variables do; then the task completes. A decision that is not deployed is a {@code
 * CALLED_DECISION_ERROR} incident; one that fails to evaluate is a {@code
 * DECISION_EVALUATION_ERROR} incident naming the decision and the FEEL error.
 */
public final class BusinessRuleTaskBehavior implements ElementBehavior {

  private final DecisionEvaluator decisions;

  public BusinessRuleTaskBehavior(DecisionEvaluator decisions) {
    this.decisions = decisions;
  }

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    CalledDecision called = instance.element().calledDecision();
    Map<String, Object> variables = execution.visibleVariables(instance);
    String decisionId;
    try {
      decisionId = execution.expressions().evaluateString(called.decisionId(), variables);
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    var processInstance = execution.processInstance();
    DecisionDefinitionRow decision =
        decisions.calledDecision(
            decisionId,
            called.bindToDeployment(),
            called.versionTag(),
            processInstance.processDefinitionKey,
            processInstance.tenantId);
    if (decision == null) {
      execution.raiseIncident(
          instance,
          "CALLED_DECISION_ERROR",
          "Expected to evaluate decision '"
              + decisionId
              + "', but no decision found for id '"
              + decisionId
              + "'"
              + (called.bindToDeployment() ? " in the deployment of the process" : "")
              + (called.versionTag() == null
                  ? ""
                  : " and version tag '" + called.versionTag() + "'"),
          null);
      return;
    }
    var evaluated =
        decisions.evaluate(
            decision,
            variables,
            new DecisionEvaluator.Caller(
                processInstance.processDefinitionKey, processInstance.key, instance.key()),
            execution.now());
    var evaluation = evaluated.evaluation();
    if (evaluation.failed()) {
      execution.raiseIncident(
          instance,
          "DECISION_EVALUATION_ERROR",
          evaluation.failureMessage()
              + (decisionId.equals(evaluation.failedDecisionId())
                  ? ""
                  : " (while evaluating the required decision '"
                      + evaluation.failedDecisionId()
                      + "')"),
          null);
      return;
    }
    Map<String, Object> result = new HashMap<>();
    result.put(called.resultVariable(), evaluation.output());
    execution.mergeResultVariables(instance, result);
    execution.complete(instance);
  }
}
