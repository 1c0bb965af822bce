package com.infusionbilling.denial;

import static com.infusionbilling.denial.AppealCaseProcess.*;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Open appeal": the level's row, its deadline and the clocks of its escalations. */
@Component
public class OpenAppealWorker {
  private final AppealService appeals;

  public OpenAppealWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = JOB_OPEN_APPEAL)
  public Map<String, Object> open(
      @Variable(name = VAR_APPEAL_KIND) String kind,
      @Variable(name = DenialManagementProcess.VAR_DENIAL_ID) Long denialId,
      @Variable(name = VAR_AUTHORIZATION_REQUEST_ID) Long authorizationRequestId,
      @Variable(name = DenialManagementProcess.VAR_EPISODE_ID) Long episodeId,
      @Variable(name = DenialManagementProcess.VAR_PAYER_TYPE) String payerType,
      @Variable(name = VAR_APPEAL_LEVEL) int level,
      @Variable(name = VAR_DECISION_DATE) String decisionDate,
      @Variable(name = VAR_AMOUNT_IN_CONTROVERSY) BigDecimal amount,
      @Variable(name = VAR_LEVEL_RULE) Map<String, Object> rule) {
    var o =
        appeals.open(
            new AppealService.Subject(kind, denialId, authorizationRequestId, episodeId, payerType),
            level,
            decisionDate == null ? null : LocalDate.parse(decisionDate),
            amount,
            AppealService.LevelRule.of(rule));
    Map<String, Object> out = new HashMap<>();
    out.put(VAR_APPEAL_ID, o.appealId());
    out.put(VAR_APPEAL_KEY, o.appealKey());
    out.put(VAR_APPEAL_LEVEL_NAME, o.levelName());
    out.put(VAR_APPEAL_DEADLINE, o.deadline().toString());
    out.put(VAR_APPEAL_BASIS, o.basis());
    out.put(VAR_APPEAL_DUE_AT, o.dueAt());
    out.put(VAR_ESCALATE_AT_14, o.escalateAt14());
    out.put(VAR_ESCALATE_AT_3, o.escalateAt3());
    out.put(VAR_DEADLINE_AT, o.deadlineAt());
    return out;
  }
}
