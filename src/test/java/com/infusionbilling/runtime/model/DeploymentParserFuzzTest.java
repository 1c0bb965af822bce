package com.infusionbilling.runtime.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.decision.DecisionEngine;
import com.infusionbilling.runtime.expression.ExpressionLanguage;

/**
 * Fuzzing the runtime's deployment parsers (issue 19, docs/reliability.md): any BPMN or DMN bytes
 * are either turned into an executable model or refused with a {@link DeploymentRejectedException}
 * naming the problem (the API's 400). Any other exception, a hang or a crash is a finding. Seeds:
 * the project's own models in {@code DeploymentParserFuzzTestInputs}.
 */
class DeploymentParserFuzzTest {
  private static final RuntimeClock CLOCK = new RuntimeClock();
  private static final BpmnTransformer BPMN = new BpmnTransformer(new ExpressionLanguage(CLOCK));
  private static final DecisionEngine DMN = new DecisionEngine(CLOCK);

  @FuzzTest(maxDuration = "5m")
  void bpmnIsTransformedOrRejected(byte[] model) {
    try {
      BPMN.transform("fuzz.bpmn", model);
    } catch (DeploymentRejectedException rejected) {
      // a 400 naming the problem
    }
  }

  @FuzzTest(maxDuration = "5m")
  void dmnIsParsedOrRejected(byte[] model) {
    try {
      DMN.parse("fuzz.dmn", model);
    } catch (DeploymentRejectedException rejected) {
      // a 400 naming the problem
    }
  }
}
