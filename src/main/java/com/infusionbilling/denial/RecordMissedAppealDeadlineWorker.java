package com.infusionbilling.denial;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Record missed appeal deadline": the denial becomes a write-off candidate. */
@Component
public class RecordMissedAppealDeadlineWorker {
  private final AppealService appeals;

  public RecordMissedAppealDeadlineWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = AppealCaseProcess.JOB_RECORD_MISSED_APPEAL_DEADLINE)
  public Map<String, Object> record(@Variable long appealId) {
    appeals.deadlineMissed(appealId);
    return Map.of(AppealCaseProcess.VAR_OUTCOME, Appeal.DEADLINE_MISSED);
  }
}
