package com.infusionbilling.episode;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** "Close episode": therapy completed, discontinued, not authorized, or closed by a coordinator. */
@Component
public class CloseEpisodeWorker {
  private final EpisodeService episodes;

  public CloseEpisodeWorker(EpisodeService episodes) {
    this.episodes = episodes;
  }

  @JobWorker(type = TherapyEpisodeProcess.JOB_CLOSE_EPISODE)
  public void close(@Variable long episodeId, @Variable(optional = true) String endReason) {
    episodes.close(episodeId, endReason == null ? "CLOSED" : endReason);
  }
}
