package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record self-pay balance" (ABN option 2): the drug's lines become the patient's self-pay balance,
 * once per visit; {@code medicareLinesLeft} says whether a Medicare claim follows for the rest.
 */
@Component
public class RecordSelfPayBalanceWorker {
  private final VisitClaimService claims;

  public RecordSelfPayBalanceWorker(VisitClaimService claims) {
    this.claims = claims;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_RECORD_SELF_PAY_BALANCE)
  public Map<String, Object> record(@Variable long visitId) {
    return Map.of(InfusionVisitProcess.VAR_MEDICARE_LINES_LEFT, claims.recordSelfPay(visitId));
  }
}
