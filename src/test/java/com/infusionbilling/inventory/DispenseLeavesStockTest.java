package com.infusionbilling.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.authorization.PriorAuthorizationService;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.process.ProcessMessages;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.visit.DrugSource;
import com.infusionbilling.visit.RecordAdministrationWorker;
import com.infusionbilling.visit.RecordDispenseWorker;
import com.infusionbilling.visit.VisitReadiness;
import com.infusionbilling.visit.VisitService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * README, part 2a: the nurse documents a dose drawn from a received lot, and "the dose leaves
 * stock" when the visit's "Record dispense" runs, not at the next weekly reconciliation: the lot's
 * on-hand drops by the vials opened (once, however often the job is delivered), so the Inventory
 * page and the Revenue page's acquisition cost show the dose at once.
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class DispenseLeavesStockTest {
  @Autowired EpisodeFixtures fixtures;
  @Autowired EpisodeService episodes;
  @Autowired PriorAuthorizationService priorAuthorizations;
  @Autowired VisitService visits;
  @Autowired VisitReadiness readiness;
  @Autowired RecordAdministrationWorker recordAdministration;
  @Autowired RecordDispenseWorker recordDispense;
  @Autowired InventoryService inventory;
  @MockitoBean ProcessMessages messages;

  @Test
  void aDocumentedDoseLeavesStockWhenItsDispenseIsRecorded() {
    LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).minusDays(2);
    String lot = "LS" + System.nanoTime() % 100_000_000;
    long lotId =
        inventory
            .receive(
                List.of(
                    new NewReceipt(
                        "57894-0030-01",
                        lot,
                        day.plusYears(1),
                        new BigDecimal("10"),
                        new BigDecimal("1300.00"),
                        "INV-" + lot,
                        day.minusDays(10),
                        InventorySource.BUY_AND_BILL)),
                false,
                "test")
            .get(0);

    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "SUM-LS-" + System.nanoTime() % 100000);
    episodes.activate(episode.getId());
    long authorizationId =
        priorAuthorizations
            .importApproved(
                episode.getId(),
                "SUM-PA-78",
                new BigDecimal("222"),
                day.minusDays(30),
                day.plusDays(90))
            .getId();
    long visitId =
        visits
            .schedule(
                episode.getId(),
                new VisitService.ScheduleRequest(
                    day.atTime(9, 0), SiteOfCare.OFFICE, DrugSource.BUY_AND_BILL),
                "test")
            .visitId();
    readiness.record(visitId, "READY", "READY", true, authorizationId);
    recordAdministration.record(
        EpisodeFixtures.job(
            EpisodeFixtures.nextKey(),
            EpisodeFixtures.nextKey(),
            EpisodeFixtures.infliximabDocumentation(visitId, lot, day)));

    recordDispense.record(visitId);
    recordDispense.record(visitId);

    // 4 x 100 mg vials opened for 365 mg (35 mg discarded): 10 received, 6 on hand
    assertThat(inventory.lot(lotId).orElseThrow().onHandContainers()).isEqualByComparingTo("6");
  }
}
