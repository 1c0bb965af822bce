package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.PriorAuthorizationService;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.process.ProcessMessages;
import com.infusionbilling.testing.EpisodeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Delivery is at least once: every visit worker that writes (documentation, coding, authorization
 * units, dispenses, the claim and its submission) gets the same job twice, with the real services
 * and database, and nothing happens twice. Infliximab 365 mg from 4 × 100 mg single-dose vials
 * under an approved Summit authorization (units, JW required).
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class VisitWorkersIdempotencyTest {
  @Autowired EpisodeFixtures fixtures;
  @Autowired EpisodeService episodes;
  @Autowired PriorAuthorizationService priorAuthorizations;
  @Autowired AuthorizationQueries authorizations;
  @Autowired VisitService visits;
  @Autowired VisitReadiness readiness;
  @Autowired RecordAdministrationWorker recordAdministration;
  @Autowired CodeEncounterWorker codeEncounter;
  @Autowired ConsumeAuthorizationUnitsWorker consumeUnits;
  @Autowired RecordDispenseWorker recordDispense;
  @Autowired CreateClaimWorker createClaim;
  @Autowired StartClaimSubmissionWorker startSubmission;
  @Autowired AdministrationRecordRepository records;
  @Autowired VisitCodingRepository codings;
  @Autowired VisitDispenseRepository dispenses;
  @Autowired ClaimService claims;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean ProcessMessages messages;

  long visitId;
  long authorizationId;
  LocalDate day;

  @BeforeEach
  void documentedVisit() {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "SUM-IDEM-" + System.nanoTime() % 100000);
    episodes.activate(episode.getId());
    day = LocalDate.now(ZoneId.of("America/New_York")).minusDays(2);
    authorizationId =
        priorAuthorizations
            .importApproved(
                episode.getId(),
                "SUM-PA-77",
                new BigDecimal("222"),
                day.minusDays(30),
                day.plusDays(90))
            .getId();
    visitId =
        visits
            .schedule(
                episode.getId(),
                new VisitService.ScheduleRequest(
                    day.atTime(9, 0),
                    com.infusionbilling.billing.scrub.SiteOfCare.OFFICE,
                    DrugSource.BUY_AND_BILL),
                "test")
            .visitId();
    readiness.record(visitId, "READY", "READY", true, authorizationId);
  }

  Map<String, Object> documentation() {
    return EpisodeFixtures.infliximabDocumentation(visitId, "LOT-A1", day);
  }

  static io.camunda.client.api.response.ActivatedJob job(Map<String, Object> variables) {
    return EpisodeFixtures.job(EpisodeFixtures.nextKey(), EpisodeFixtures.nextKey(), variables);
  }

  @Test
  void everyWritingWorkerDeliveredTwiceWritesOnce() {
    var recordJob = job(documentation());
    assertThat(recordAdministration.record(recordJob)).containsEntry("documentationVersion", 1);
    assertThat(recordAdministration.record(recordJob)).containsEntry("documentationVersion", 1);
    assertThat(records.findFirstByVisitIdOrderByVersionDesc(visitId).orElseThrow().getVersion())
        .isEqualTo(1);

    Map<String, Object> coded = codeEncounter.code(visitId);
    assertThat(codeEncounter.code(visitId)).isEqualTo(coded);
    assertThat(coded)
        .as("coding edits: " + coded.get("codingEdits"))
        .containsEntry("codingClean", true);
    assertThat(codings.findAll().stream().filter(c -> c.getVisitId() == visitId)).hasSize(1);

    consumeUnits.consume(visitId);
    consumeUnits.consume(visitId);
    // 37 administered + 3 JW units of J1745, once
    assertThat(authorizations.find(authorizationId).orElseThrow().remaining())
        .isEqualByComparingTo("182");

    recordDispense.record(visitId);
    recordDispense.record(visitId);
    var lots = dispenses.findByVisitIdOrderByIdAsc(visitId);
    assertThat(lots).hasSize(1);
    assertThat(lots.get(0).getNdc()).isEqualTo("57894003001");
    assertThat(lots.get(0).getContainersOpened()).isEqualTo(4);
    assertThat(lots.get(0).getDiscardedAmount()).isEqualByComparingTo("35");

    Map<String, Object> claim = createClaim.create(visitId);
    assertThat(createClaim.create(visitId)).isEqualTo(claim);
    assertThat(claims.ofVisit(visitId)).hasSize(1);
    long claimId = ((Number) claim.get("claimId")).longValue();

    startSubmission.start(visitId, claimId, 1);
    startSubmission.start(visitId, claimId, 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM process_start WHERE business_key = ?",
                Long.class,
                "claim-" + claimId + "-v1"))
        .isEqualTo(1);
    assertThat(visits.view(visitId).status()).isEqualTo(VisitStatus.BILLED);
    assertThat(visits.view(visitId).claimIds()).containsExactly(claimId);
  }

  @Test
  void aCorrectedDocumentationIsTheNextVersionAndCodedOnItsOwn() {
    recordAdministration.record(job(documentation()));
    codeEncounter.code(visitId);
    Map<String, Object> corrected = documentation();
    corrected.put("supervisingNpi", "1245319599");

    assertThat(recordAdministration.record(job(corrected)))
        .containsEntry("documentationVersion", 2);
    codeEncounter.code(visitId);

    assertThat(codings.findAll().stream().filter(c -> c.getVisitId() == visitId)).hasSize(2);
    assertThat(visits.view(visitId).documentationVersion()).isEqualTo(2);
  }
}
