package com.infusionbilling.episode;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Check visit authorization": a visit is held (BPMN error {@code VISIT_NOT_AUTHORIZED}) when the
 * therapy is not active, an authorization lapsed, or no authorization covers the visit date.
 */
@Component
public class CheckVisitAuthorizationWorker {
  public static final String ERROR_VISIT_NOT_AUTHORIZED = "VISIT_NOT_AUTHORIZED";

  private final EpisodeService episodes;

  public CheckVisitAuthorizationWorker(EpisodeService episodes) {
    this.episodes = episodes;
  }

  @JobWorker(type = TherapyEpisodeProcess.JOB_CHECK_VISIT_AUTHORIZATION)
  public Map<String, Object> check(@Variable long episodeId, @Variable String visitDate) {
    if (!episodes.visitAuthorized(episodeId, LocalDate.parse(visitDate))) {
      throw CamundaError.bpmnError(
          ERROR_VISIT_NOT_AUTHORIZED, "no valid authorization covers the visit");
    }
    return Map.of("visitAuthorized", true);
  }
}
