package com.infusionbilling.authorization;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record additional information": the answer to a pended review went to the payer on its reference
 * (275/PWK, portal, fax), not as a new 278. Idempotent by the round number the job carries ({@code
 * informationRounds + 1}).
 */
@Component
public class RecordAdditionalInformationWorker {
  private final PriorAuthorizationService authorizations;

  public RecordAdditionalInformationWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_ADDITIONAL_INFORMATION)
  public Map<String, Object> record(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    int round =
        (vars.has(PriorAuthorizationProcess.VAR_INFORMATION_ROUNDS)
                ? vars.number(PriorAuthorizationProcess.VAR_INFORMATION_ROUNDS).intValue()
                : 0)
            + 1;
    int rounds =
        authorizations.recordAdditionalInformation(
            vars.number(PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID),
            round,
            vars.string("informationChannel"),
            vars.string(PriorAuthorizationProcess.VAR_PAYER_REFERENCE),
            vars.string("documentReference"));
    return Map.of(PriorAuthorizationProcess.VAR_INFORMATION_ROUNDS, rounds);
  }
}
