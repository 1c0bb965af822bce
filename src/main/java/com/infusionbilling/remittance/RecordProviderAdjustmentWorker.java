package com.infusionbilling.remittance;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** "Record provider adjustment": what accounts receivable did about one PLB, once. */
@Component
public class RecordProviderAdjustmentWorker {
  private final ProviderAdjustments adjustments;

  public RecordProviderAdjustmentWorker(ProviderAdjustments adjustments) {
    this.adjustments = adjustments;
  }

  @JobWorker(type = ProviderAdjustmentProcess.JOB_RECORD_PROVIDER_ADJUSTMENT)
  public void record(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    adjustments.reconcile(
        vars.number(ProviderAdjustmentProcess.VAR_PLB_ADJUSTMENT_ID),
        vars.string(ProviderAdjustmentProcess.VAR_RESOLUTION),
        vars.string(ProviderAdjustmentProcess.VAR_RESOLUTION_NOTE),
        "Reconcile provider adjustment task");
  }
}
