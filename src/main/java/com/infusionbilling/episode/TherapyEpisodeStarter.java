package com.infusionbilling.episode;

import io.camunda.client.CamundaClient;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts a {@code TherapyEpisode} instance with the episode's ID and its gateway facts only. */
@Component
public class TherapyEpisodeStarter {
  private final CamundaClient client;

  public TherapyEpisodeStarter(CamundaClient client) {
    this.client = client;
  }

  /** Returns the process instance key. */
  public long start(Episode episode, String payerId, TherapyOrder order) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(TherapyEpisodeProcess.PROCESS_ID)
        .latestVersion()
        .variables(startVariables(episode.getId(), payerId, order))
        .send()
        .join()
        .getProcessInstanceKey();
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
