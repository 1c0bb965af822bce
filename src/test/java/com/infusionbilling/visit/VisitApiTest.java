package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.process.ProcessMessages;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * {@code POST /api/episodes/{episodeId}/visits} and {@code GET /api/visits/{visitId}}: a visit of
 * an active therapy is stored and then announced to the episode's process (the message publisher is
 * mocked: the process tests cover what it starts); bad input is a 400 naming the field, a therapy
 * that is not active a 409; only the front office and managers schedule, and every access is
 * audited.
 */
@ApiTest
class VisitApiTest {
  @Autowired MockMvc mvc;
  @Autowired EpisodeFixtures fixtures;
  @Autowired EpisodeService episodes;
  @Autowired AuditLog audit;
  @Autowired ObjectMapper json;
  @MockitoBean ProcessMessages messages;

  long episodeId;
  String start;

  @BeforeEach
  void activeEpisode() {
    episodeId = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK72").getId();
    episodes.activate(episodeId);
    start = LocalDate.now(ZoneId.of("America/New_York")).plusDays(5) + "T09:00";
  }

  ResultActions schedule(long episode, String body) throws Exception {
    return mvc.perform(
        post("/api/episodes/{id}/visits", episode)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  String body(String start) {
    return """
        {"scheduledStart": "%s", "siteOfCare": "OFFICE", "drugSource": "BUY_AND_BILL"}
        """
        .formatted(start);
  }

  @Test
  void aVisitOfAnActiveTherapyIsStoredAndThenAnnouncedToTheEpisode() throws Exception {
    String response =
        schedule(episodeId, body(start))
            .andExpect(status().isCreated())
            .andExpect(
                header().string("Location", org.hamcrest.Matchers.startsWith("/api/visits/")))
            .andExpect(jsonPath("$.visitId").isString())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long visitId = Long.parseLong(json.readTree(response).get("visitId").asText());

    verify(messages)
        .publish(
            eq("Message_InfusionVisitRequested"),
            eq(String.valueOf(episodeId)),
            eq("visit-requested-" + visitId),
            eq(java.util.Map.of("visitId", visitId)));
    mvc.perform(get("/api/visits/{id}", visitId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.visitId").value(visitId))
        .andExpect(jsonPath("$.episodeId").value(episodeId))
        .andExpect(jsonPath("$.status").value("SCHEDULED"))
        .andExpect(jsonPath("$.scheduledStart").value(start + ":00"))
        .andExpect(jsonPath("$.siteOfCare").value("OFFICE"))
        .andExpect(jsonPath("$.drugSource").value("BUY_AND_BILL"))
        .andExpect(jsonPath("$.claimIds").isEmpty());

    var views =
        audit.search(
            new AuditLog.Query(null, "VISIT", String.valueOf(visitId), null, null, null), 0, 10);
    assertThat(views.items())
        .extracting(AuditLog.Event::action)
        .containsExactlyInAnyOrder("CREATE", "VIEW");
  }

  @Test
  void theSameVisitRequestedTwiceIsOneVisitAnnouncedUnderOneMessageId() throws Exception {
    String first =
        schedule(episodeId, body(start))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        schedule(episodeId, body(start))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(json.readTree(second).get("visitId")).isEqualTo(json.readTree(first).get("visitId"));
    String visitId = json.readTree(first).get("visitId").asText();
    verify(messages, times(2))
        .publish(anyString(), anyString(), eq("visit-requested-" + visitId), anyMap());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "scheduledStart | {\"siteOfCare\": \"OFFICE\", \"drugSource\": \"BUY_AND_BILL\"}",
        "siteOfCare     | {\"scheduledStart\": \"2026-12-10T09:00\", \"drugSource\": \"BUY_AND_BILL\"}",
        "siteOfCare     | {\"scheduledStart\": \"2026-12-10T09:00\", \"siteOfCare\": \"MOON\", \"drugSource\": \"BUY_AND_BILL\"}",
        "drugSource     | {\"scheduledStart\": \"2026-12-10T09:00\", \"siteOfCare\": \"HOME\", \"drugSource\": \"FREE\"}",
        "scheduledStart | {\"scheduledStart\": \"10/12/2026 9am\", \"siteOfCare\": \"HOME\", \"drugSource\": \"BUY_AND_BILL\"}",
        "scheduledStart | {\"scheduledStart\": \"2019-12-10T09:00\", \"siteOfCare\": \"HOME\", \"drugSource\": \"BUY_AND_BILL\"}",
      })
  void badInputIsA400NamingTheFieldAndNothingIsAnnounced(String field, String body)
      throws Exception {
    schedule(episodeId, body.replace("2026-12-10", start.substring(0, 10)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value(field));
    verify(messages, never()).publish(anyString(), anyString(), anyString(), anyMap());
  }

  @Test
  void aPatientAssistanceEpisodesVisitsNeverBillTheDrug() throws Exception {
    // issue 14 item 3: free drug from a manufacturer's program is recorded on the episode when
    // coverage is resolved; before, each visit was buy-and-bill unless the scheduler said
    // otherwise,
    // and waited for a payer authorization the episode never had
    long assisted = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK74").getId();
    episodes.applyCoverageResolution(assisted, EpisodeService.PATIENT_ASSISTANCE, null, "pa-1");
    episodes.activate(assisted);

    String response =
        schedule(assisted, "{\"scheduledStart\": \"" + start + "\", \"siteOfCare\": \"OFFICE\"}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long visitId = Long.parseLong(json.readTree(response).get("visitId").asText());
    mvc.perform(get("/api/visits/{id}", visitId))
        .andExpect(jsonPath("$.drugSource").value("PATIENT_ASSISTANCE"));

    schedule(assisted, body(start.replace("T09:00", "T13:00")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("drugSource"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PATIENT_ASSISTANCE")));
  }

  @Test
  void aTherapyThatIsNotActiveIsA409() throws Exception {
    long verifying = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK73").getId();
    schedule(verifying, body(start))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not active")));
    verify(messages, never()).publish(anyString(), anyString(), anyString(), anyMap());
  }

  @Test
  void anUnknownEpisodeOrVisitIsA404() throws Exception {
    schedule(987654321L, body(start)).andExpect(status().isNotFound());
    mvc.perform(get("/api/visits/{id}", 987654321L)).andExpect(status().isNotFound());
    // an episode that does not exist has no (empty) list of visits or timeline: it is not there
    mvc.perform(get("/api/episodes/{id}/visits", 987654321L)).andExpect(status().isNotFound());
    mvc.perform(get("/api/episodes/{id}/timeline", 987654321L)).andExpect(status().isNotFound());
    mvc.perform(get("/api/episodes/{id}/visits", episodeId)).andExpect(status().isOk());
    mvc.perform(get("/api/episodes/{id}/timeline", episodeId)).andExpect(status().isOk());
  }

  @Test
  void onlyTheFrontOfficeAndManagersScheduleVisitsAndOnlyVisitTeamsSeeThem() throws Exception {
    mvc.perform(
            post("/api/episodes/{id}/visits", episodeId)
                .with(user("nurse").authorities(() -> "GROUP_clinical", () -> "ROLE_COORDINATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(start)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/episodes/{id}/visits", episodeId)
                .with(
                    user("pharmacist")
                        .authorities(() -> "GROUP_pharmacy", () -> "ROLE_COORDINATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(start)))
        .andExpect(status().isForbidden());
    verify(messages, never()).publish(anyString(), anyString(), anyString(), anyMap());

    String created =
        mvc.perform(
                post("/api/episodes/{id}/visits", episodeId)
                    .with(
                        user("coordinator")
                            .authorities(() -> "GROUP_intake", () -> "ROLE_COORDINATOR"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(start)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String visitId = json.readTree(created).get("visitId").asText();
    mvc.perform(
            get("/api/visits/{id}", visitId)
                .with(user("nurse").authorities(() -> "GROUP_clinical", () -> "ROLE_COORDINATOR")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/visits/{id}", visitId)
                .with(
                    user("pharmacist")
                        .authorities(() -> "GROUP_pharmacy", () -> "ROLE_COORDINATOR")))
        .andExpect(status().isForbidden());
  }
}
