package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.decision.DecisionStore.DecisionDefinitionRow;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.shared.NotFoundException;
import java.util.Map;

/**
 * Evaluating a decision on its own (docs.camunda.io "Evaluate decision"), by the latest version of
 * its id or by its key. The evaluation is recorded as decision instances like a business rule
 * task's; a decision that fails to evaluate is reported in the response, not rejected.
 */
public final class DecisionCommands {

  private final CommandExecutor executor;
  private final DecisionEvaluator evaluator;
  private final RuntimeClock clock;

  private final Tenants tenants;

  public DecisionCommands(
      CommandExecutor executor, DecisionEvaluator evaluator, RuntimeClock clock, Tenants tenants) {
    this.tenants = tenants;
    this.executor = executor;
    this.evaluator = evaluator;
    this.clock = clock;
  }

  public DecisionEvaluator.Evaluated evaluate(EvaluateDecision command) {
    Long decisionKey = command.decisionKey();
    String decisionId = command.decisionId();
    boolean byKey = decisionKey != null;
    String tenant = tenants.resolve(command.tenantId());
    Map<String, Object> vars = command.variables();
    return executor.execute(
        context -> {
          DecisionDefinitionRow decision =
              byKey
                  ? evaluator.store().byKey(decisionKey)
                  : evaluator.store().latest(decisionId, tenant);
          if (decision == null) {
            throw new NotFoundException(
                byKey
                    ? "Expected to evaluate decision with key '"
                        + decisionKey
                        + "', but no such decision was found"
                    : "Expected to evaluate decision '"
                        + decisionId
                        + "', but no decision found for id '"
                        + decisionId
                        + "'");
          }
          return evaluator.evaluate(decision, vars, DecisionEvaluator.Caller.API, clock.millis());
        });
  }
}
