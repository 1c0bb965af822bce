package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.billing.reference.imports.CmsFiles;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.TherapyEpisodeStarter;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.ReferralBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The access matrix of the README, one rule per test, each proven by a request that must be refused
 * (403, nothing changed, nothing audited) next to the same request by someone the rule lets
 * through. The engine start of a referral is mocked, as in ReferralApiTest; the rules sit before
 * it.
 */
@ApiTest
// reference files this class imports are taken back after it: the database is shared
@org.junit.jupiter.api.extension.ExtendWith(com.infusionbilling.testing.RestoreReferenceData.class)
class AccessRulesTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired EpisodeRepository episodes;
  @MockitoBean TherapyEpisodeStarter starter;
  final ObjectMapper json = new ObjectMapper();

  String run;

  @BeforeEach
  void engineAnswers() {
    run = UUID.randomUUID().toString().substring(0, 8);
    when(starter.start(any(), anyString(), any())).thenReturn(4242L);
  }

  static RequestPostProcessor as(String name, String... authorities) {
    return user(name)
        .authorities(
            java.util.Arrays.stream(authorities)
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new)
                .toList());
  }

  static final RequestPostProcessor INTAKE = as("ar-intake", "ROLE_COORDINATOR", "GROUP_intake");
  static final RequestPostProcessor AUTHORIZATION =
      as("ar-authorization", "ROLE_COORDINATOR", "GROUP_authorization");
  static final RequestPostProcessor BILLING = as("ar-billing", "ROLE_COORDINATOR", "GROUP_billing");
  static final RequestPostProcessor MANAGER = as("ar-manager", "ROLE_MANAGER");
  static final RequestPostProcessor ADMIN = as("ar-admin", "ROLE_ADMIN");

  /** Signed in, in a group, but without any role: no patient access. */
  static final RequestPostProcessor NO_ROLE =
      as("ar-norole", "GROUP_intake", "GROUP_authorization");

  int statusOf(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
    return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
  }

  long audits(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  String referral(String id) {
    return ReferralBuilder.referral(id).json();
  }

  long episode() throws Exception {
    String id = "AR-" + run;
    String body =
        mvc.perform(json(post("/api/referrals"), referral(id)).with(INTAKE))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("episodeId").asLong();
  }

  @Test
  void referenceImportsNeedAnAdministratorOrAManager() throws Exception {
    var file = new MockMultipartFile("file", "asp.csv", "text/csv", "not a CMS file".getBytes());
    long before = audits("ar-intake");
    assertThat(statusOf(multipart("/api/reference/asp").file(file), INTAKE)).isEqualTo(403);
    assertThat(statusOf(multipart("/api/reference/mue").file(file), INTAKE)).isEqualTo(403);
    assertThat(statusOf(multipart("/api/reference/ncci").file(file), INTAKE)).isEqualTo(403);
    assertThat(statusOf(multipart("/api/reference/chargemaster").file(file), INTAKE))
        .isEqualTo(403);
    assertThat(statusOf(multipart("/api/reference/opps-addendum-b").file(file), INTAKE))
        .isEqualTo(403);
    assertThat(audits("ar-intake")).isEqualTo(before);
    // let through: the file itself is then judged (400), which is past the access rule
    assertThat(statusOf(multipart("/api/reference/asp").file(file), MANAGER)).isNotEqualTo(403);
    assertThat(statusOf(multipart("/api/reference/asp").file(file), ADMIN)).isNotEqualTo(403);
    // reading the catalogue is for every role
    assertThat(statusOf(get("/api/reference/payers"), BILLING)).isEqualTo(200);

    // an import that loads is audited (the same quarter ReferenceImportApiTest loads: idempotent)
    var asp =
        new MockMultipartFile(
            "file", "asp-2025q1.csv", "text/csv", CmsFiles.bytes("asp-2025q1.csv"));
    assertThat(statusOf(multipart("/api/reference/asp").file(asp), MANAGER)).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT CONCAT(action, ' ', detail) FROM audit_event WHERE username = 'ar-manager'"
                        + " AND entity_type = 'REFERENCE_DATA' ORDER BY id DESC")
                .query(String.class)
                .list())
        .first()
        .asString()
        .startsWith("CREATE ASP ");
  }

  @Test
  void x12AdminRoutesNeedAnAdministrator() throws Exception {
    var validate =
        post("/api/admin/x12/validate").contentType(MediaType.TEXT_PLAIN).content("ISA*00*");
    assertThat(statusOf(validate, INTAKE)).isEqualTo(403);
    assertThat(statusOf(validate, MANAGER)).isEqualTo(403);
    assertThat(statusOf(validate, ADMIN)).isIn(200, 422);
  }

  @Test
  void referralsAreStartedByCoordinatorsAndManagersAndAudited() throws Exception {
    String refused = "AR-NR-" + run;
    assertThat(statusOf(json(post("/api/referrals"), referral(refused)), NO_ROLE)).isEqualTo(403);
    assertThat(episodes.findByReferralId(refused)).isEmpty();

    long episodeId = episode();
    assertThat(
            jdbc.sql(
                    "SELECT username FROM audit_event WHERE action = 'CREATE'"
                        + " AND entity_type = 'EPISODE' AND entity_id = ?")
                .param(String.valueOf(episodeId))
                .query(String.class)
                .list())
        .containsExactly("ar-intake");
    assertThat(statusOf(json(post("/api/referrals"), referral("AR-M-" + run)), MANAGER))
        .isEqualTo(201);
  }

  @Test
  void patientViewsNeedARoleWithPatientAccessAndAreAudited() throws Exception {
    long episodeId = episode();
    for (var view :
        List.of(
            get("/api/episodes/{id}/timeline", episodeId),
            get("/api/worklist/tasks"),
            get("/api/worklist/tasks/{key}/context", 1),
            get("/api/worklist/instances/{key}/diagram", 1))) {
      assertThat(statusOf(view, NO_ROLE)).as(view.toString()).isEqualTo(403);
    }
    assertThat(audits("ar-norole")).isZero();
    assertThat(statusOf(get("/api/me"), NO_ROLE)).isEqualTo(200);

    long before = audits("ar-billing");
    assertThat(statusOf(get("/api/episodes/{id}/timeline", episodeId), BILLING)).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT detail FROM audit_event WHERE username = 'ar-billing'"
                        + " AND action = 'VIEW' AND entity_type = 'EPISODE' AND entity_id = ?")
                .param(String.valueOf(episodeId))
                .query(String.class)
                .list())
        .containsExactly("timeline");
    assertThat(audits("ar-billing")).isEqualTo(before + 1);
  }

  @Test
  void aPayerDecisionNeedsTheAuthorizationGroup() throws Exception {
    var decision =
        json(
            post("/api/authorization-requests/{id}/decision", 987654321L),
            "{\"decision\": \"DENIED\", \"reasonCode\": \"A3\"}");
    assertThat(statusOf(decision, INTAKE)).isEqualTo(403);
    assertThat(statusOf(decision, BILLING)).isEqualTo(403);
    assertThat(statusOf(decision, MANAGER)).as("a manager outside the group").isEqualTo(403);
    assertThat(statusOf(decision, NO_ROLE)).isEqualTo(403);
    // the authorization group gets past the rule (the unknown request is then a 404)
    assertThat(statusOf(decision, AUTHORIZATION)).isEqualTo(404);

    var usage =
        json(
            post("/api/authorizations/{id}/usage", 987654321L),
            "{\"usageId\": \"u1\", \"quantity\": 1, \"dosesScheduledBeforeEnd\": 1}");
    assertThat(statusOf(usage, BILLING)).isEqualTo(403);
    assertThat(statusOf(usage, INTAKE)).isEqualTo(403);
    assertThat(statusOf(usage, AUTHORIZATION)).isNotEqualTo(403);
    assertThat(statusOf(usage, MANAGER)).isNotEqualTo(403);
  }

  @Test
  void episodeChangesNeedIntakeOrAuthorizationOrAManagerAndAreAudited() throws Exception {
    long episodeId = episode();
    var change =
        json(
            post("/api/episodes/{id}/therapy-changes", episodeId),
            "{\"changeId\": \"c-"
                + run
                + "\", \"doseAmount\": 7, \"intervalDays\": 56, \"numberOfDoses\": 6}");
    var visit =
        json(
            post("/api/episodes/{id}/visits", episodeId),
            "{\"scheduledStart\": \""
                + java.time.LocalDate.now().plusDays(20)
                + "T09:00\", \"siteOfCare\": \"OFFICE\", \"drugSource\": \"BUY_AND_BILL\"}");
    var end = json(post("/api/episodes/{id}/end", episodeId), "{\"reason\": \"DISCONTINUED\"}");
    long billingBefore = audits("ar-billing");
    for (var refused : List.of(change, visit, end)) {
      assertThat(statusOf(refused, BILLING)).isEqualTo(403);
      assertThat(statusOf(refused, NO_ROLE)).isEqualTo(403);
    }
    assertThat(audits("ar-billing")).isEqualTo(billingBefore);
    assertThat(
            jdbc.sql("SELECT dose_amount FROM therapy_order WHERE episode_id = ?")
                .param(episodeId)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("5");

    assertThat(statusOf(change, INTAKE)).isEqualTo(202);
    // past the rule; the therapy of a new referral is not active yet, so no dose is scheduled
    assertThat(statusOf(visit, AUTHORIZATION)).isEqualTo(409);
    assertThat(statusOf(end, MANAGER)).isEqualTo(202);
    assertThat(
            jdbc.sql(
                    "SELECT CONCAT(username, ': ', detail) FROM audit_event WHERE action = 'UPDATE'"
                        + " AND entity_type = 'EPISODE' AND entity_id = ? ORDER BY id")
                .param(String.valueOf(episodeId))
                .query(String.class)
                .list())
        .containsExactly(
            "ar-intake: therapy change c-" + run, "ar-manager: therapy ended DISCONTINUED");
  }

  @Test
  void theDashboardAndTheAuditLogAreForManagers() throws Exception {
    assertThat(statusOf(get("/api/dashboard"), INTAKE)).isEqualTo(403);
    assertThat(statusOf(get("/api/audit"), INTAKE)).isEqualTo(403);
    assertThat(statusOf(get("/api/audit"), MANAGER)).isEqualTo(200);
  }
}
