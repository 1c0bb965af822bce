package com.infusionbilling.episode;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Activate therapy": authorized (or not required, or patient assistance): doses may start. */
@Component
public class ActivateTherapyWorker {
  private final EpisodeService episodes;

  public ActivateTherapyWorker(EpisodeService episodes) {
    this.episodes = episodes;
  }

  @JobWorker(type = TherapyEpisodeProcess.JOB_ACTIVATE_THERAPY)
  public void activate(@Variable long episodeId) {
    episodes.activate(episodeId);
  }
}
