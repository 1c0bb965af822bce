package com.infusionbilling.denial;

import static com.infusionbilling.denial.DenialManagementProcess.*;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Record denial work": the action "Work denial" chose (and the reason for an override). */
@Component
public class RecordDenialWorkWorker {
  private final DenialService denials;

  public RecordDenialWorkWorker(DenialService denials) {
    this.denials = denials;
  }

  @JobWorker(type = JOB_RECORD_DENIAL_WORK)
  public void record(
      @Variable long denialId,
      @Variable(name = VAR_DENIAL_ACTION) String action,
      @Variable(name = VAR_OVERRIDE_REASON) String overrideReason,
      @Variable(name = VAR_WORK_NOTE) String note) {
    denials.recordWork(denialId, action, overrideReason, note);
  }
}
