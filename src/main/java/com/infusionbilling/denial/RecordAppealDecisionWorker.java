package com.infusionbilling.denial;

import static com.infusionbilling.denial.AppealCaseProcess.*;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Record appeal decision": overturned or upheld; an upheld level hands the next level and its
 * decision date to the level decision.
 */
@Component
public class RecordAppealDecisionWorker {
  private final AppealService appeals;

  public RecordAppealDecisionWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = JOB_RECORD_APPEAL_DECISION)
  public Map<String, Object> record(
      @Variable long appealId,
      @Variable(name = VAR_OUTCOME) String outcome,
      @Variable(name = VAR_OUTCOME_NOTE) String note) {
    var d = appeals.decide(appealId, outcome, note);
    return Map.of(
        VAR_OUTCOME, d.outcome(),
        VAR_APPEAL_LEVEL, d.nextLevel(),
        VAR_DECISION_DATE, d.decisionDate().toString());
  }
}
