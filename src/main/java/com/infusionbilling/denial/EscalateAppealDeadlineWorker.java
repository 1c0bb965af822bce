package com.infusionbilling.denial;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Escalate appeal deadline": 14 days before (appeals) and 3 days before (managers). */
@Component
public class EscalateAppealDeadlineWorker {
  private final AppealService appeals;

  public EscalateAppealDeadlineWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = AppealCaseProcess.JOB_ESCALATE_APPEAL_DEADLINE)
  public void escalate(@Variable long appealId) {
    appeals.escalate(appealId);
  }
}
