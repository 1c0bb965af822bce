package com.infusionbilling.denial;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Close denial": nothing more to do (information only, billed to the patient, reviewed, ...). */
@Component
public class CloseDenialWorker {
  private final DenialActions actions;

  public CloseDenialWorker(DenialActions actions) {
    this.actions = actions;
  }

  @JobWorker(type = DenialManagementProcess.JOB_CLOSE_DENIAL)
  public void close(
      @Variable long denialId,
      @Variable(name = DenialManagementProcess.VAR_DENIAL_ACTION) String action,
      @Variable(name = DenialManagementProcess.VAR_WORK_NOTE) String note) {
    actions.close(denialId, action, note);
  }
}
