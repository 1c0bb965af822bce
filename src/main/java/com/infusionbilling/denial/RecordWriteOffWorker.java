package com.infusionbilling.denial;

import com.infusionbilling.process.TaskAssignees;
import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record write-off": writes the denied amount off; the approver is the manager who completed
 * "Approve write-off" in this instance (the runtime's record of the task, not a form value).
 */
@Component
public class RecordWriteOffWorker {
  private final DenialActions actions;
  private final CamundaClient client;

  public RecordWriteOffWorker(DenialActions actions, CamundaClient client) {
    this.actions = actions;
    this.client = client;
  }

  @JobWorker(type = DenialManagementProcess.JOB_RECORD_WRITE_OFF)
  public Map<String, Object> record(
      ActivatedJob job,
      @Variable long denialId,
      @Variable(name = DenialManagementProcess.VAR_WRITE_OFF_REASON) String reason) {
    String approver =
        TaskAssignees.last(
                client, job.getProcessInstanceKey(), DenialManagementProcess.TASK_APPROVE_WRITE_OFF)
            .orElse(null);
    var w = actions.writeOff(denialId, reason, approver);
    return Map.of(DenialManagementProcess.VAR_WRITE_OFF_ID, w.getId());
  }
}
