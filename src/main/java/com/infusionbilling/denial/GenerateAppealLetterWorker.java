package com.infusionbilling.denial;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Generate appeal letter": the level's PDF, rendered and kept once; its download path. */
@Component
public class GenerateAppealLetterWorker {
  private final AppealService appeals;

  public GenerateAppealLetterWorker(AppealService appeals) {
    this.appeals = appeals;
  }

  @JobWorker(type = AppealCaseProcess.JOB_GENERATE_APPEAL_LETTER)
  public Map<String, Object> generate(@Variable long appealId) {
    return Map.of(AppealCaseProcess.VAR_LETTER_URL, appeals.generateLetter(appealId));
  }
}
