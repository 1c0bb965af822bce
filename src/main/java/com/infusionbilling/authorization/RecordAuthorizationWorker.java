package com.infusionbilling.authorization;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record authorization": the approved (or accepted partial) authorization, once per request. */
@Component
public class RecordAuthorizationWorker {
  private final PriorAuthorizationService authorizations;

  public RecordAuthorizationWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_AUTHORIZATION)
  public Map<String, Object> record(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    var auth =
        authorizations.recordAuthorization(
            vars.number(PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID),
            PayerDecision.from(vars));
    return Map.of(
        PriorAuthorizationProcess.VAR_AUTHORIZATION_ID, auth.getId(),
        PriorAuthorizationProcess.VAR_AUTHORIZATION_STATUS, auth.getStatus().name());
  }
}
