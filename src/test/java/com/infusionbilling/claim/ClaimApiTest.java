package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/claims?episodeId=} and {@code GET /api/claims/{claimId}}: the JSON shape of issue
 * 16 item 4, each view audited, bad parameters a 400 naming the field, an unknown claim a 404, and
 * a signed-in user without patient access refused.
 */
@ApiTest
@Import(EpisodeFixtures.class)
class ClaimApiTest {
  @Autowired MockMvc mvc;
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimSubmissionService submissions;
  @Autowired JdbcClient jdbc;

  long episodeId;
  ClaimRef ref;

  @BeforeEach
  void claim() {
    episodeId = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK81").getId();
    ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    submissions.scrub(ref.claimId(), "api-" + ref.claimId());
  }

  long audits(String action, String type, Object id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE username = 'api-test' AND action = ?"
                + " AND entity_type = ? AND entity_id = ?")
        .params(action, type, String.valueOf(id))
        .query(Long.class)
        .single();
  }

  @Test
  void aClaimWithItsLinesEditsAcknowledgementsAndHistoryAndTheViewIsAudited() throws Exception {
    mvc.perform(get("/api/claims/{id}", ref.claimId()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.claimId").value(ref.claimId()))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.frequencyCode").value("1"))
        .andExpect(jsonPath("$.claimType").value("837P"))
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.payerClaimControlNumber").isEmpty())
        .andExpect(jsonPath("$.totalCharge").value(4452.00))
        .andExpect(jsonPath("$.lines.length()").value(4))
        .andExpect(jsonPath("$.lines[0].code").value("J1745"))
        .andExpect(jsonPath("$.lines[0].units").value(37))
        .andExpect(jsonPath("$.lines[0].ndc").value("57894003001"))
        .andExpect(jsonPath("$.lines[0].ndcQuantity").value(3.65))
        .andExpect(jsonPath("$.lines[0].charge").value(3626.00))
        .andExpect(jsonPath("$.lines[0].expectedAllowed").value(3031.78))
        .andExpect(jsonPath("$.lines[0].ruleId").value("drug-units"))
        .andExpect(jsonPath("$.lines[1].modifiers[0]").value("JW"))
        .andExpect(jsonPath("$.acknowledgements").isArray())
        .andExpect(jsonPath("$.history[0].event").value("CREATED"))
        .andExpect(jsonPath("$.history[1].event").value("SCRUB_PASSED"));
    assertThat(audits("VIEW", "CLAIM", ref.claimId())).isEqualTo(1);
  }

  @Test
  void theClaimsOfAnEpisode() throws Exception {
    mvc.perform(get("/api/claims").param("episodeId", String.valueOf(episodeId)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].claimId").value(ref.claimId()))
        .andExpect(jsonPath("$[0].lines.length()").value(4));
    assertThat(audits("SEARCH", "EPISODE", episodeId)).isEqualTo(1);
    assertThat(audits("VIEW", "CLAIM", ref.claimId())).isEqualTo(1);
  }

  @Test
  void badParametersAre400sNamingTheFieldAndAnUnknownClaimIs404() throws Exception {
    mvc.perform(get("/api/claims"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("episodeId"));
    mvc.perform(get("/api/claims").param("episodeId", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("episodeId"));
    mvc.perform(get("/api/claims").param("episodeId", "-4"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("episodeId"));
    mvc.perform(get("/api/claims/{id}", "x1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("claimId"));
    mvc.perform(get("/api/claims/{id}", 987_654_321_012L))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Autowired com.infusionbilling.remittance.RemittanceIntake remittanceIntake;
  @Autowired com.infusionbilling.remittance.RemittancePosting posting;
  @Autowired ClaimPayments claimPayments;

  @Test
  void aPostedRemittanceShowsWithItsAdjustmentsInPlainEnglish() throws Exception {
    var claim = claimPayments.claim(ref.claimId()).orElseThrow();
    var payment =
        com.infusionbilling.remittance.Remittances.forClaim(claim)
            .denyLine(2, "CO", "16", "M119")
            .payment();
    long remittanceId =
        remittanceIntake
            .store(
                com.infusionbilling.remittance.Remittances.remittance(
                    "EFTAPI" + ref.claimId(), payment),
                "api.835")
            .remittanceId();
    posting.post(remittanceId, ref.claimId());

    mvc.perform(get("/api/claims/{id}", ref.claimId()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PARTIALLY_PAID"))
        .andExpect(jsonPath("$.remittances[0].traceNumber").value("EFTAPI" + ref.claimId()))
        .andExpect(jsonPath("$.remittances[0].status").value("processed as primary"))
        .andExpect(jsonPath("$.remittances[0].lines[0].expectedAllowed").value(3031.78))
        .andExpect(jsonPath("$.remittances[0].lines[1].adjustments[0].code").value("CO-16"))
        .andExpect(
            jsonPath("$.remittances[0].lines[1].adjustments[0].text")
                .value(org.hamcrest.Matchers.containsString("lacks information")))
        .andExpect(
            jsonPath("$.remittances[0].lines[1].remarks[0].text")
                .value(org.hamcrest.Matchers.containsString("National Drug Code")))
        .andExpect(jsonPath("$.patientResponsibility[0].carc").value("2"))
        .andExpect(
            jsonPath("$.history[-1:].event")
                .value(org.hamcrest.Matchers.hasItem("REMITTANCE_POSTED")));
  }

  @Test
  void theDashboardsClaimsPanelCountsClaimsByStatusAndDrillsDown() throws Exception {
    mvc.perform(get("/api/dashboard"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.claims.byStatus.DRAFT").isNumber())
        .andExpect(jsonPath("$.claims.byStatus.ACKNOWLEDGED").isNumber())
        .andExpect(jsonPath("$.claims.byStatus.length()").value(ClaimStatus.values().length))
        .andExpect(jsonPath("$.claims.total").isNumber());
    mvc.perform(get("/api/dashboard/claims").param("status", "draft").param("size", "500"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.claimId == " + ref.claimId() + ")].payerId").value("MEDICARE_PART_B"));
    mvc.perform(get("/api/dashboard/claims").param("status", "SETTLED"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));
    var coordinator =
        user("claims-coordinator-2").authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
    mvc.perform(get("/api/dashboard/claims").param("status", "DRAFT").with(coordinator))
        .andExpect(status().isForbidden());
  }

  @Test
  void claimSubmissionTasksCountInTheClaimSubmissionStage() {
    assertThat(com.infusionbilling.worklist.Stage.ofProcess(ClaimSubmissionProcess.PROCESS_ID))
        .contains(com.infusionbilling.worklist.Stage.CLAIM_SUBMISSION);
  }

  @Test
  void aUserWithoutPatientAccessIsRefusedAndNothingIsAudited() throws Exception {
    var noRole = user("claims-norole").authorities(new SimpleGrantedAuthority("GROUP_billing"));

    mvc.perform(get("/api/claims/{id}", ref.claimId()).with(noRole))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/claims").param("episodeId", String.valueOf(episodeId)).with(noRole))
        .andExpect(status().isForbidden());

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = 'claims-norole'")
                .query(Long.class)
                .single())
        .isZero();
    var coordinator =
        user("claims-coordinator").authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
    mvc.perform(get("/api/claims/{id}", ref.claimId()).with(coordinator))
        .andExpect(status().isOk());
  }
}
