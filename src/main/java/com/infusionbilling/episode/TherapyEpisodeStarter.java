package com.infusionbilling.episode;

import com.infusionbilling.process.ProcessStart;
import com.infusionbilling.process.ProcessStarted;
import com.infusionbilling.process.ProcessStarts;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a {@code TherapyEpisode} instance with the episode's ID and its gateway facts only,
 * through the process-start outbox: the instance is created after the referral's rows commit, and
 * its key is recorded on the episode when it exists.
 */
@Component
public class TherapyEpisodeStarter {
  private final ProcessStarts starts;
  private final EpisodeRepository episodes;

  public TherapyEpisodeStarter(ProcessStarts starts, EpisodeRepository episodes) {
    this.starts = starts;
    this.episodes = episodes;
  }

  /**
   * Requests the episode's instance in the caller's transaction; returns the outbox row's id.
   * Business key {@code episode-<id>}: one instance per episode.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long start(Episode episode, String payerId, TherapyOrder order) {
    return starts.enqueue(
        new ProcessStart(
            TherapyEpisodeProcess.PROCESS_ID,
            "episode-" + episode.getId(),
            startVariables(episode.getId(), payerId, order)));
  }

  /** Records the instance key on the episode, in the transaction that marks the start done. */
  @EventListener
  void started(ProcessStarted started) {
    if (!TherapyEpisodeProcess.PROCESS_ID.equals(started.processId())
        || !(started.variables().get(TherapyEpisodeProcess.VAR_EPISODE_ID) instanceof Number id)) {
      return;
    }
    episodes.recordInstance(id.longValue(), started.processInstanceKey());
  }

  public static Map<String, Object> startVariables(
      long episodeId, String payerId, TherapyOrder order) {
    return Map.of(
        TherapyEpisodeProcess.VAR_EPISODE_ID, episodeId,
        TherapyEpisodeProcess.VAR_PAYER_ID, payerId,
        TherapyEpisodeProcess.VAR_HCPCS, order.getHcpcs(),
        TherapyEpisodeProcess.VAR_SITE_OF_CARE, order.getSiteOfCare().name(),
        TherapyEpisodeProcess.VAR_PRIMARY_DIAGNOSIS, order.principalDiagnosis());
  }
}
