package com.infusionbilling.authorization;

import com.infusionbilling.process.TechnicalFailures;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Send authorization request": the 278 of submission {@code submissionCount + 1}. Delivered twice,
 * the job carries the same count, so the same batch key: the 278 is not sent again.
 */
@Component
public class SendAuthorizationRequestWorker {
  private final PriorAuthorizationService authorizations;

  public SendAuthorizationRequestWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_SEND_AUTHORIZATION_REQUEST)
  public Map<String, Object> send(
      ActivatedJob job, @Variable long authorizationRequestId, @Variable int submissionCount) {
    var submitted =
        TechnicalFailures.retryLater(
            job, () -> authorizations.send278(authorizationRequestId, submissionCount + 1));
    return Map.of(
        PriorAuthorizationProcess.VAR_SUBMISSION_COUNT,
        submitted.submissionCount(),
        "paTraceNumber",
        submitted.traceNumber());
  }
}
