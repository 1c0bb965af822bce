package com.infusionbilling.authorization;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Apply peer-to-peer outcome": the prescriber's discussion with the payer's reviewer after a
 * denial. An overturn is recorded as the payer's approval (number, quantity, dates) and the process
 * continues as approved; an upheld denial, or none held, is kept on the timeline and the denial is
 * decided on. Idempotent: the decision and the timeline entry are keyed by the request.
 */
@Component
public class ApplyPeerToPeerOutcomeWorker {
  static final String OVERTURNED = "OVERTURNED";

  private final PriorAuthorizationService authorizations;
  private final AuthorizationQueries queries;

  public ApplyPeerToPeerOutcomeWorker(
      PriorAuthorizationService authorizations, AuthorizationQueries queries) {
    this.authorizations = authorizations;
    this.queries = queries;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_APPLY_PEER_TO_PEER_OUTCOME)
  public Map<String, Object> apply(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    long requestId = vars.number(PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID);
    String outcome = vars.string(PriorAuthorizationProcess.VAR_PEER_TO_PEER_OUTCOME);
    LocalDate deniedOn = authorizations.recordPeerToPeer(requestId, outcome);
    if (!OVERTURNED.equals(outcome)) {
      // the denial stands: an appeal (AppealCase) counts its deadline from the denial's date, and
      // an expedited request is appealed expedited (Decision_AppealLevels, 42 CFR 422.590(e))
      return Map.of(
          PriorAuthorizationProcess.VAR_DENIAL_DECIDED_ON,
          deniedOn.toString(),
          PriorAuthorizationProcess.VAR_APPEAL_EXPEDITED,
          queries
              .request(requestId)
              .map(AuthorizationQueries.RequestSummary::expedited)
              .orElse(false));
    }
    var approval =
        new PayerDecision(
            PayerDecision.APPROVED,
            null,
            vars.string("certificationNumber"),
            vars.decimal("approvedUnits"),
            LocalDate.parse(vars.string("approvedFrom")),
            LocalDate.parse(vars.string("approvedTo")),
            vars.string(PriorAuthorizationProcess.VAR_PAYER_REFERENCE));
    authorizations.recordDecision(requestId, approval, "peer-to-peer overturn");
    return approval.variables();
  }
}
