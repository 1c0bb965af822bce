package com.infusionbilling.authorization;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Record clinical documentation": stores which checklist items the coordinator attached (the
 * attestations and document references of the form; no clinical text in process variables), and
 * whether an expedited decision was asked for, with its reason.
 */
@Component
public class RecordClinicalDocumentationWorker {
  static final List<String> ITEMS =
      List.of(
          "confirmedDiagnosisAttached",
          "treatmentHistoryAttached",
          "failedAlternativesAttached",
          "treatmentPlanAttached",
          "labsAttached");

  private final PriorAuthorizationService authorizations;

  public RecordClinicalDocumentationWorker(PriorAuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @JobWorker(type = PriorAuthorizationProcess.JOB_RECORD_CLINICAL_DOCUMENTATION)
  public void record(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    String attached =
        ITEMS.stream().filter(vars::bool).collect(Collectors.joining(","))
            + (vars.has("documentReference") ? ";ref=" + vars.string("documentReference") : "");
    authorizations.recordDocumentation(
        vars.number(PriorAuthorizationProcess.VAR_AUTHORIZATION_REQUEST_ID),
        attached,
        vars.bool(PriorAuthorizationProcess.VAR_EXPEDITED)
            ? vars.string(PriorAuthorizationProcess.VAR_EXPEDITE_REASON)
            : null);
  }
}
