package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record partial approval appeal": the reviewer chose to appeal a partial approval. Hands the
 * partial decision's date (the appeal deadline counts from it) and whether the request was
 * expedited (an expedited request is appealed expedited, Decision_AppealLevels) to the {@code
 * AppealCase} that follows; no 278 is sent. Idempotent: the timeline entry is keyed by the request.
 */
@Component
public class RecordPartialApprovalAppealWorker {
  private final PriorAuthorizationService authorizations;
  private final AuthorizationQueries queries;

  public RecordPartialApprovalAppealWorker(
      PriorAuthorizationService authorizations, AuthorizationQueries queries) {
    this.authorizations = authorizations;
    this.queries = queries;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_PARTIAL_APPROVAL_APPEAL)
  public Map<String, Object> record(
      @Variable(name = PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID) long requestId) {
    var decidedOn = authorizations.recordPartialApprovalAppeal(requestId);
    return Map.of(
        PriorAuthorizationProcess.VAR_PARTIAL_DECIDED_ON,
        decidedOn.toString(),
        PriorAuthorizationProcess.VAR_APPEAL_EXPEDITED,
        queries
            .request(requestId)
            .map(AuthorizationQueries.RequestSummary::expedited)
            .orElse(false));
  }
}
