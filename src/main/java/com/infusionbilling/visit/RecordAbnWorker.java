package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record ABN": the outcome of "Obtain ABN" (CMS-R-131) on the visit, once, audited under the user
 * who completed the task; the drug line will be coded GA (signed) or GZ (not signed). Declined
 * (option 3): the visit is cancelled and no modifier is returned ("Dose declined" follows in the
 * model). Option 2 (DO_NOT_BILL): no modifier either; "Record self-pay balance" follows coding.
 */
@Component
public class RecordAbnWorker {
  private final VisitReadiness readiness;
  private final TaskCompletions completions;

  public RecordAbnWorker(VisitReadiness readiness, TaskCompletions completions) {
    this.readiness = readiness;
    this.completions = completions;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_RECORD_ABN)
  public Map<String, Object> record(
      ActivatedJob job,
      @Variable long visitId,
      @Variable String abnOutcome,
      @Variable(name = "abnSignedOn") String abnSignedOn,
      @Variable(name = "lcdId") String lcdId) {
    return record(
        visitId, abnOutcome, abnSignedOn, lcdId, completions.lastAssignee(job).orElse(null));
  }

  /** The outcome recorded on behalf of {@code recordedBy} (null: unknown, audited as system). */
  public Map<String, Object> record(
      long visitId, String abnOutcome, String abnSignedOn, String lcdId, String recordedBy) {
    String modifier =
        readiness.recordAbn(
            visitId,
            AbnStatus.valueOf(abnOutcome),
            lcdId,
            abnSignedOn == null || abnSignedOn.isBlank() ? null : LocalDate.parse(abnSignedOn),
            recordedBy);
    Map<String, Object> out = new HashMap<>();
    out.put(InfusionVisitProcess.VAR_ABN_MODIFIER, modifier);
    return out;
  }
}
