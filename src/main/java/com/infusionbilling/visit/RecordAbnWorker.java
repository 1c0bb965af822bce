package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record ABN": the outcome of "Obtain ABN" (CMS-R-131) on the visit, once; the drug line will be
 * coded GA (signed) or GZ (not signed). Declined (option 3): the visit is cancelled and no modifier
 * is returned ("Dose declined" follows in the model).
 */
@Component
public class RecordAbnWorker {
  private final VisitReadiness readiness;

  public RecordAbnWorker(VisitReadiness readiness) {
    this.readiness = readiness;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_RECORD_ABN)
  public Map<String, Object> record(
      @Variable long visitId,
      @Variable String abnOutcome,
      @Variable(name = "abnSignedOn") String abnSignedOn,
      @Variable(name = "lcdId") String lcdId) {
    String modifier =
        readiness.recordAbn(
            visitId,
            AbnStatus.valueOf(abnOutcome),
            lcdId,
            abnSignedOn == null || abnSignedOn.isBlank() ? null : LocalDate.parse(abnSignedOn));
    Map<String, Object> out = new HashMap<>();
    out.put(InfusionVisitProcess.VAR_ABN_MODIFIER, modifier);
    return out;
  }
}
