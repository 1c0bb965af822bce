package com.infusionbilling.authorization;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** "Record payer decision": the decision the coordinator learned when following up. */
@Component
public class RecordPayerDecisionWorker {
  private final PriorAuthorizationService authorizations;

  public RecordPayerDecisionWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_PAYER_DECISION)
  public void record(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    authorizations.recordDecision(
        vars.number(PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID),
        PayerDecision.from(vars),
        "follow-up with payer");
  }
}
