package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * A business rule task's {@code zeebe:calledDecision}: the decision id (static or FEEL), the
 * variable the result goes into, and whether the decision is bound to the process's deployment
 * (bindingType "deployment") or to the latest version (bindingType "latest", the default).
 */
public record CalledDecision(
    Expression decisionId, String resultVariable, boolean bindToDeployment) {}
