package com.infusionbilling.authorization;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record portal submission": after "Submit on payer portal", with the portal's reference. */
@Component
public class RecordPortalSubmissionWorker {
  private final PriorAuthorizationService authorizations;

  public RecordPortalSubmissionWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_PORTAL_SUBMISSION)
  public Map<String, Object> record(
      @Variable long authorizationRequestId,
      @Variable int submissionCount,
      @Variable String portalReference) {
    int attempt = submissionCount + 1;
    authorizations.recordPortalSubmission(authorizationRequestId, attempt, portalReference);
    return Map.of(PriorAuthorizationProcess.VAR_SUBMISSION_COUNT, attempt);
  }
}
