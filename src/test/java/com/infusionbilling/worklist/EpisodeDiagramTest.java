package com.infusionbilling.worklist;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.runtime.testing.BpmnModels;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The episode page (issue 14 item 9): a task of a called process (here a stand-in for
 * PriorAuthorization, which carries the episode's ID as every lifecycle process does) opens the
 * whole episode's timeline and a title naming the episode, its patient and drug, instead of an
 * empty timeline and "Episode Therapy episode".
 */
@ApiTest
class EpisodeDiagramTest {
  @Autowired MockMvc mvc;
  @Autowired CamundaClient camunda;
  @Autowired EpisodeFixtures fixtures;
  @Autowired EpisodeTimeline timeline;

  @Test
  void aCalledProcessesTaskOpensTheWholeEpisode() throws Exception {
    long episodeId = fixtures.episode("COMMERCIAL_ACME", "ACME-DIAG-1").getId();
    timeline.record(
        episodeId, "AUTHORIZATION_REQUEST_OPENED", "INITIAL request 1", "diag-" + episodeId);
    String processId = "DiagramTest_" + UUID.randomUUID().toString().substring(0, 8);
    camunda
        .newDeployResourceCommand()
        .addProcessModel(
            BpmnModels.oneUserTask(processId, "Task_Collect", t -> t.name("Collect")),
            processId + ".bpmn")
        .send()
        .join();
    long instance =
        camunda
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(Map.of("episodeId", episodeId))
            .send()
            .join()
            .getProcessInstanceKey();

    // in the test's thread: the signed-in user is the thread's
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/worklist/instances/{key}/diagram", instance))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.episodeId").value(episodeId))
                    .andExpect(jsonPath("$.timeline", hasSize(1)))
                    .andExpect(jsonPath("$.title.episodeId").value(episodeId))
                    .andExpect(jsonPath("$.title.patient").isString())
                    .andExpect(
                        jsonPath("$.title.drug").value(org.hamcrest.Matchers.startsWith("J1745"))));
  }
}
