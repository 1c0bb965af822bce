package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record authorization not required", with the payer reference (the 271 trace or the call). */
@Component
public class RecordAuthorizationNotRequiredWorker {
  private final PriorAuthorizationService authorizations;

  public RecordAuthorizationNotRequiredWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_AUTHORIZATION_NOT_REQUIRED)
  public Map<String, Object> record(
      @Variable long authorizationRequestId,
      @Variable(optional = true) String traceNumber,
      @Variable(optional = true) String payerReference) {
    String reference = payerReference != null ? payerReference : traceNumber;
    var auth =
        authorizations.recordNotRequired(
            authorizationRequestId, reference == null ? "DMN" : reference);
    return Map.of(
        PriorAuthorizationProcess.VAR_AUTHORIZATION_ID, auth.getId(),
        PriorAuthorizationProcess.VAR_AUTHORIZATION_STATUS, auth.getStatus().name());
  }
}
