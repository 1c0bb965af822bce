package com.infusionbilling.intake;

import static com.infusionbilling.testing.ReferralBuilder.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.EpisodeStatus;
import com.infusionbilling.episode.TherapyOrderRepository;
import com.infusionbilling.episode.TimelineEntryRepository;
import com.infusionbilling.process.ProcessStartEngine;
import com.infusionbilling.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/referrals}: a valid referral stores the episode and starts its process through
 * the process-start outbox (the engine call is mocked here; ProcessStartOutboxTest and the process
 * tests start the real one); every kind of bad input is a 400 naming the field, and then nothing is
 * stored and nothing is started.
 */
@ApiTest
class ReferralApiTest {
  @Autowired MockMvc mvc;
  @Autowired EpisodeRepository episodes;
  @Autowired TherapyOrderRepository orders;
  @Autowired TimelineEntryRepository timeline;
  @MockitoBean ProcessStartEngine starter;

  static String valid(String id) {
    return referral(id).json();
  }

  ResultActions postReferral(String json) throws Exception {
    return mvc.perform(
        post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @BeforeEach
  void engineAnswers() {
    clearInvocations(starter);
    when(starter.create(anyString(), any())).thenReturn(4242L);
  }

  @Test
  void aValidReferralStoresTheEpisodeAndStartsItsProcessWithIdsOnly() throws Exception {
    postReferral(valid("R-OK-1"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.referralId").value("R-OK-1"))
        .andExpect(jsonPath("$.processInstanceKey").value(4242));

    var episode = episodes.findByReferralId("R-OK-1").orElseThrow();
    assertThat(episode.getStatus()).isEqualTo(EpisodeStatus.VERIFYING_BENEFITS);
    assertThat(episode.getProcessInstanceKey()).isEqualTo(4242L);
    var order = orders.findByEpisodeId(episode.getId()).orElseThrow();
    assertThat(order.doseMilligrams()).isEqualByComparingTo("365");
    assertThat(timeline.findByEpisodeIdOrderByOccurredAtAscIdAsc(episode.getId()))
        .extracting(t -> t.getEventType())
        .containsExactly("REFERRAL_RECEIVED");
    verify(starter)
        .create(
            org.mockito.ArgumentMatchers.eq("TherapyEpisode"),
            org.mockito.ArgumentMatchers.argThat(
                v -> "COMMERCIAL_ACME".equals(v.get("payerId")) && v.get("patient") == null));
  }

  @Test
  void theSameReferralPostedTwiceStartsOneEpisode() throws Exception {
    postReferral(valid("R-TWICE")).andExpect(status().isCreated());
    long before = episodes.count();
    postReferral(valid("R-TWICE")).andExpect(status().isOk());
    assertThat(episodes.count()).isEqualTo(before);
    verify(starter, times(1)).create(anyString(), any());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "patient.dateOfBirth | \"dateOfBirth\": \"1968-04-02\", | ",
        "patient.dateOfBirth | \"1968-04-02\" | \"2999-01-01\"",
        "patient.sex | \"sex\": \"F\" | \"sex\": \"X\"",
        "patient.address.postalCode | \"62701\" | \"627\"",
        "prescriber.npi | \"1245319599\" | \"12453\"",
        "prescriber.npi | \"1245319599\" | \"1245319598\"",
        "coverage.payerId | \"COMMERCIAL_ACME\" | \"NO_SUCH_PAYER\"",
        "coverage.effectiveFrom | \"effectiveFrom\": \"2026-01-01\" | \"effectiveFrom\": \"2026-13-01\"",
        "therapy.hcpcs | \"J1745\" | \"J0000\"",
        "therapy.hcpcs | \"J1745\" | \"infliximab\"",
        "therapy.weightKg | \"weightKg\": 73, | ",
        "therapy.doseAmount | \"doseAmount\": 5 | \"doseAmount\": -5",
        "therapy.numberOfDoses | \"numberOfDoses\": 6 | \"numberOfDoses\": 0",
        "therapy.numberOfDoses | \"numberOfDoses\": 6 | \"numberOfDoses\": \"six\"",
        "therapy.diagnoses[0] | \"K50.90\" | \"crohns\"",
        "therapy.diagnoses | [\"K50.90\"] | []",
        "therapy.siteOfCare | \"OFFICE\" | \"GARAGE\"",
        "patient | \"patient\": | \"nobody\":",
      })
  void badInputIsA400NamingTheFieldAndNothingIsStoredOrStarted(
      String field, String replace, String with) throws Exception {
    String json = valid("R-BAD-" + Math.abs(field.hashCode()));
    assertThat(json).contains(replace);
    long before = episodes.count();

    postReferral(json.replace(replace, with == null ? "" : with))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value(field));

    assertThat(episodes.count()).isEqualTo(before);
    verifyNoInteractions(starter);
  }

  @Test
  void malformedJsonIsA400NamingTheBody() throws Exception {
    postReferral("{\"patient\": ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"));
    verifyNoInteractions(starter);
  }
}
