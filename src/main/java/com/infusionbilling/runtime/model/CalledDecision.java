package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * A business rule task's {@code zeebe:calledDecision}: the decision id (static or FEEL), the
 * variable the result goes into, and which version it calls: the one deployed with the process
 * (bindingType "deployment"), the latest one with a version tag (bindingType "versionTag", then
 * {@code versionTag} is set) or the latest version (bindingType "latest", the default).
 */
public record CalledDecision(
    Expression decisionId, String resultVariable, boolean bindToDeployment, String versionTag) {}
