package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.Map;

/**
 * Evaluate a decision (docs.camunda.io "Evaluate decision") by its key, or else by the latest
 * version of its id; a key of 0 or less counts as none.
 */
public record EvaluateDecision(
    String decisionId, Long decisionKey, Map<String, Object> variables, String tenantId) {

  public EvaluateDecision {
    decisionKey = decisionKey != null && decisionKey > 0 ? decisionKey : null;
    if (decisionKey == null && (decisionId == null || decisionId.isBlank())) {
      throw new InvalidArgumentException(
          "Expected to evaluate a decision by decisionDefinitionId or decisionDefinitionKey,"
              + " but neither was given");
    }
    variables = variables == null ? Map.of() : variables;
  }
}
