package com.infusionbilling.authorization;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Open authorization request": one request per PriorAuthorization instance; a renewal may ask for
 * an expedited decision ({@code expedited}, {@code expediteReason} from "Attach clinical response")
 * and a request whose episode resolved its site of care that way asks for a site-of-care exception
 * ({@code siteOfCareException}, {@code exceptionReason}). Returns the payer's type for the SLA
 * decision.
 */
@Component
public class OpenAuthorizationRequestWorker {
  private final PriorAuthorizationService authorizations;

  public OpenAuthorizationRequestWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_OPEN_AUTHORIZATION_REQUEST)
  public Map<String, Object> open(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    String type =
        vars.has(PriorAuthorizationProcess.VAR_REQUEST_TYPE)
            ? vars.string(PriorAuthorizationProcess.VAR_REQUEST_TYPE)
            : PriorAuthorizationRequest.INITIAL;
    var request =
        authorizations.open(
            vars.number("episodeId"),
            job.getProcessInstanceKey(),
            type,
            vars.number(PriorAuthorizationProcess.VAR_RENEWAL_OF),
            vars.bool(PriorAuthorizationProcess.VAR_EXPEDITED)
                ? vars.string(PriorAuthorizationProcess.VAR_EXPEDITE_REASON)
                : null);
    if (vars.bool(PriorAuthorizationProcess.VAR_SITE_OF_CARE_EXCEPTION)) {
      authorizations.requestSiteOfCareException(
          request.getId(),
          vars.string(PriorAuthorizationProcess.VAR_SITE_OF_CARE_EXCEPTION_REASON));
    }
    return Map.of(
        PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID, request.getId(),
        PriorAuthorizationProcess.VAR_REQUEST_TYPE, request.getRequestType(),
        PriorAuthorizationProcess.VAR_SUBMISSION_COUNT, request.getSubmissionCount(),
        PriorAuthorizationProcess.VAR_PAYER_TYPE,
            authorizations.payerType(vars.number("episodeId")),
        PriorAuthorizationProcess.VAR_EXPEDITED, request.isExpedited());
  }
}
