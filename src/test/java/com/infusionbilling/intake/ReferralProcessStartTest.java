package com.infusionbilling.intake;

import static com.infusionbilling.testing.ReferralBuilder.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.TherapyEpisodeProcess;
import com.infusionbilling.process.ProcessStartEngine;
import com.infusionbilling.process.ProcessStarts;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.ModelDeployment;
import io.camunda.client.CamundaClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 item 8: a referral's {@code TherapyEpisode} starts only after the referral's rows have
 * committed, through the process-start outbox, against the real embedded runtime. A referral rolled
 * back after its rows were written never gets an instance; one accepted with 201 gets exactly one,
 * also when the engine was unreachable at commit (recovered later) and when the process died
 * between creating the instance and recording it (the re-dispatch finds it).
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralProcessStartTest {
  @Autowired MockMvc mvc;
  @Autowired ReferralService referrals;
  @Autowired ProcessStarts outbox;
  @Autowired EpisodeRepository episodes;
  @Autowired CamundaClient client;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @MockitoSpyBean ProcessStartEngine engine;

  @BeforeAll
  void deploy() {
    ModelDeployment.deployAll(client);
  }

  @AfterEach
  void engineAnswersAgain() {
    reset(engine);
  }

  int instancesOfEpisode(long episodeId) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(
            f ->
                f.processDefinitionId(TherapyEpisodeProcess.PROCESS_ID)
                    .variables(Map.of(TherapyEpisodeProcess.VAR_EPISODE_ID, episodeId)))
        .send()
        .join()
        .items()
        .size();
  }

  long startIdOf(long episodeId) {
    return jdbc.queryForObject(
        "SELECT id FROM process_start WHERE process_id = ? AND business_key = ?",
        Long.class,
        TherapyEpisodeProcess.PROCESS_ID,
        "episode-" + episodeId);
  }

  JsonNode post201(String referralId) throws Exception {
    String body =
        mvc.perform(
                post("/api/referrals")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(referral(referralId).json()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.referralId").value(referralId))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  @Test
  void anAcceptedReferralGetsExactlyOneInstanceRecordedOnItsEpisode() throws Exception {
    JsonNode intake = post201("R-OUTBOX-OK");
    long episodeId = intake.get("episodeId").asLong();

    assertThat(intake.get("processInstanceKey").isNumber()).isTrue();
    assertThat(instancesOfEpisode(episodeId)).isEqualTo(1);
    assertThat(episodes.findById(episodeId).orElseThrow().getProcessInstanceKey())
        .isEqualTo(intake.get("processInstanceKey").asLong());

    outbox.dispatchDue();
    outbox.dispatch(startIdOf(episodeId));
    assertThat(instancesOfEpisode(episodeId)).isEqualTo(1);
  }

  @Test
  void aReferralRolledBackAfterItsRowsWereWrittenNeverGetsAnInstance() throws Exception {
    var request = json.readValue(referral("R-OUTBOX-ROLLBACK").json(), ReferralRequest.class);
    var tx = new TransactionTemplate(transactions);

    ReferralService.Intake intake =
        tx.execute(
            status -> {
              var stored = referrals.intake(request);
              status.setRollbackOnly(); // e.g. a later step of the same request failed
              return stored;
            });

    outbox.dispatchDue();
    assertThat(episodes.findById(intake.episodeId())).isEmpty();
    assertThat(episodes.findByReferralId("R-OUTBOX-ROLLBACK")).isEmpty();
    assertThat(instancesOfEpisode(intake.episodeId())).isZero();
  }

  @Test
  void aReferralAcceptedWhileTheEngineIsUnreachableGetsItsInstanceWhenTheOutboxRetries()
      throws Exception {
    doThrow(new IllegalStateException("engine unreachable"))
        .when(engine)
        .create(anyString(), any());

    JsonNode intake = post201("R-OUTBOX-DOWN");
    long episodeId = intake.get("episodeId").asLong();
    assertThat(intake.get("processInstanceKey").isNull()).isTrue();
    assertThat(instancesOfEpisode(episodeId)).isZero();

    reset(engine); // the engine is back; the row is retried (here at once, not after its back-off)
    assertThat(outbox.dispatch(startIdOf(episodeId))).isTrue();
    assertThat(outbox.dispatch(startIdOf(episodeId))).isFalse();
    outbox.dispatchDue();

    assertThat(instancesOfEpisode(episodeId)).isEqualTo(1);
    assertThat(episodes.findById(episodeId).orElseThrow().getProcessInstanceKey()).isNotNull();
  }

  @Test
  void aDispatchThatDiedAfterCreatingTheInstanceIsNotStartedTwice() throws Exception {
    doAnswer(
            call -> {
              call.callRealMethod(); // the instance exists ...
              throw new IllegalStateException("killed before the key was recorded");
            })
        .when(engine)
        .create(anyString(), any());

    JsonNode intake = post201("R-OUTBOX-CRASH");
    long episodeId = intake.get("episodeId").asLong();
    assertThat(intake.get("processInstanceKey").isNull()).isTrue();
    assertThat(instancesOfEpisode(episodeId)).isEqualTo(1);

    reset(engine);
    assertThat(outbox.dispatch(startIdOf(episodeId))).isTrue();

    assertThat(instancesOfEpisode(episodeId)).isEqualTo(1);
    assertThat(episodes.findById(episodeId).orElseThrow().getProcessInstanceKey()).isNotNull();
  }
}
