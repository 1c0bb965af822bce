package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.DmnTables;
import com.infusionbilling.testing.EpisodeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/appeals/{id}/letter}: the PDF for appeals, billing and managers, each download
 * audited; the server refuses everyone else (403) and an appeal without a letter is a 404.
 */
@ApiTest
@Import(EpisodeFixtures.class)
class AppealLetterApiTest {
  @Autowired MockMvc mvc;
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries claimQueries;
  @Autowired DenialService denials;
  @Autowired AppealService appeals;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  long appealId;

  @BeforeEach
  void appealWithLetter() {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "1EG4TE5DN21").getId();
    var ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    var claim = claimQueries.view(ref.claimId()).orElseThrow();
    long denialId =
        new TransactionTemplate(transactions)
            .execute(
                s ->
                    denials.open(
                        new OpenDenial(
                            claim.claimId(),
                            claim.lines().get(0).lineId(),
                            System.nanoTime() % 1_000_000_000L,
                            "CO",
                            "50",
                            List.of(),
                            new BigDecimal("3031.78"),
                            null,
                            BigDecimal.ZERO,
                            LocalDate.now(),
                            null)));
    Map<String, Object> rule =
        DmnTables.evaluate(
            "bpmn/Decision_AppealLevels.dmn",
            "Decision_AppealLevels",
            Map.of("appealKind", "CLAIM", "payerType", "MEDICARE_PART_B", "appealLevel", 1));
    appealId =
        appeals
            .open(
                new AppealService.Subject("CLAIM", denialId, null, null, null),
                1,
                LocalDate.now(),
                new BigDecimal("3031.78"),
                AppealService.LevelRule.of(rule))
            .appealId();
    appeals.generateLetter(appealId);
  }

  long audits(String user) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'VIEW'"
                + " AND entity_type = 'APPEAL_LETTER' AND entity_id = ?")
        .params(user, String.valueOf(appealId))
        .query(Long.class)
        .single();
  }

  @Test
  void appealsDownloadTheLetterAndTheDownloadIsAudited() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/api/appeals/{id}/letter", appealId)
                    .with(
                        user("appeals-1")
                            .authorities(() -> "GROUP_appeals", () -> "ROLE_COORDINATOR")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    assertThat(audits("appeals-1")).isEqualTo(1);
    mvc.perform(get("/api/appeals/{id}/letter", appealId)).andExpect(status().isOk());
  }

  @Test
  void othersAreRefusedByTheServer() throws Exception {
    mvc.perform(
            get("/api/appeals/{id}/letter", appealId)
                .with(user("intake-1").authorities(() -> "GROUP_intake", () -> "ROLE_COORDINATOR")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/appeals/{id}/letter", appealId)
                .with(user("nobody").authorities(() -> "GROUP_appeals")))
        .andExpect(status().isForbidden());
    assertThat(audits("intake-1")).isZero();
  }

  @Test
  void anAppealWithoutALetterIsNotFound() throws Exception {
    mvc.perform(get("/api/appeals/{id}/letter", 987654321L)).andExpect(status().isNotFound());
  }
}
