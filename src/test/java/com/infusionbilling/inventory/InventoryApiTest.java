package com.infusionbilling.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.RevenueCycleFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Receipts (distributor invoice CSV and manual), dispenses copied from visits, and the
 * reconciliation's figures for a hand-computed lot; who may do what (issue 18 items 1 and 2).
 */
@ApiTest
class InventoryApiTest {
  static final String REMICADE = "57894003001"; // J1745, 100 mg vial (10 billing units)
  static final String RITUXAN = "50242005121"; // J9312, 100 mg vial
  static final String HEADER = "NDC,Lot,Expiry,Quantity,Unit cost,Invoice number,Date";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EpisodeFixtures episodes;
  @Autowired RevenueCycleFixtures history;
  @Autowired InventoryReconciliationService reconciliations;

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static MockMultipartFile csv(String... lines) {
    return new MockMultipartFile(
        "file",
        "invoice.csv",
        "text/csv",
        String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  int lotsOfInvoice(String invoice) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM inventory_lot WHERE supplier_invoice = ?", Integer.class, invoice);
  }

  @Test
  void aGoodInvoiceStoresEveryLotWithItsStockAndPatientAssistanceApart() throws Exception {
    String invoice = unique("INV");
    String lot = unique("L");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER + ",Source",
                        REMICADE + "," + lot + ",2027-06-30,10,1300.00," + invoice + ",2026-11-02,",
                        "50242-051-21,"
                            + lot
                            + ",2027-03-31,4,0,"
                            + invoice
                            + ",2026-11-02,PATIENT_ASSISTANCE")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lotIds.length()").value(2));

    assertThat(lotsOfInvoice(invoice)).isEqualTo(2);
    var stored =
        jdbc.queryForMap(
            "SELECT ndc, hcpcs, quantity, unit_cost, source, container_amount FROM inventory_lot"
                + " WHERE supplier_invoice = ? AND source = 'PATIENT_ASSISTANCE'",
            invoice);
    assertThat(stored.get("ndc")).isEqualTo(RITUXAN); // 5-3-2 as written, padded to NDC-11
    assertThat(stored.get("hcpcs")).isEqualTo("J9312");
    assertThat((BigDecimal) stored.get("quantity")).isEqualByComparingTo("4");
    mvc.perform(get("/api/inventory/lots"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.lot == '" + lot + "' && @.source == 'BUY_AND_BILL')].onHandContainers")
                .value(10.0));
  }

  @Test
  void aFileWithoutAColumnIsRefusedNamingTheColumn() throws Exception {
    String invoice = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        "NDC,Lot,Expiry,Quantity,Invoice number,Date",
                        REMICADE
                            + ","
                            + unique("L")
                            + ",2027-06-30,10,"
                            + invoice
                            + ",2026-11-02")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.column").value("Unit cost"))
        .andExpect(jsonPath("$.row").doesNotExist());
    assertThat(lotsOfInvoice(invoice)).isZero();
  }

  @Test
  void aBadNdcIsRefusedNamingRowAndColumnAndNothingOfTheFileIsStored() throws Exception {
    String invoice = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER,
                        REMICADE
                            + ","
                            + unique("L")
                            + ",2027-06-30,10,1300.00,"
                            + invoice
                            + ",2026-11-02",
                        "5789400300X,"
                            + unique("L")
                            + ",2027-06-30,10,1300.00,"
                            + invoice
                            + ",2026-11-02")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.row").value(2))
        .andExpect(jsonPath("$.column").value("NDC"));
    // an NDC of the right shape that the catalogue does not know
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER,
                        "99999-9999-99,"
                            + unique("L")
                            + ",2027-06-30,10,1300.00,"
                            + invoice
                            + ",2026-11-02")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.row").value(1))
        .andExpect(jsonPath("$.column").value("NDC"));
    assertThat(lotsOfInvoice(invoice)).isZero();
  }

  @Test
  void aNegativeQuantityIsRefused() throws Exception {
    String invoice = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER,
                        REMICADE
                            + ","
                            + unique("L")
                            + ",2027-06-30,-3,1300.00,"
                            + invoice
                            + ",2026-11-02")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.row").value(1))
        .andExpect(jsonPath("$.column").value("Quantity"));
    assertThat(lotsOfInvoice(invoice)).isZero();
  }

  @Test
  void aLotThatNoAdministrationRecordCouldNameIsRefused() throws Exception {
    // a visit documents a lot as letters, digits and hyphens (DocumentationValidator.LOT): a lot
    // received as anything else (a line break inside quotes, a spreadsheet formula) never matches
    String invoice = unique("INV");
    for (String lot : new String[] {"\"L9\nMULTI\"", "=cmd|calc!A1", "RMC 2611A"}) {
      mvc.perform(
              multipart("/api/inventory/receipts")
                  .file(
                      csv(
                          HEADER,
                          REMICADE
                              + ","
                              + lot
                              + ",2027-06-30,3,1300.00,"
                              + invoice
                              + ",2026-11-02")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.row").value(1))
          .andExpect(jsonPath("$.column").value("Lot"));
    }
    assertThat(lotsOfInvoice(invoice)).isZero();
  }

  @Test
  void aColumnNamedTwiceInTheHeaderIsRefused() throws Exception {
    String invoice = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER + ",ndc",
                        REMICADE
                            + ","
                            + unique("L")
                            + ",2027-06-30,3,1300.00,"
                            + invoice
                            + ",2026-11-02,50242005121")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.column").value("ndc"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("twice")));
    assertThat(lotsOfInvoice(invoice)).isZero();
  }

  @Test
  void aManagerStartsAReconciliationThroughTheOutbox() throws Exception {
    // the outbox row needs a transaction (ProcessStarts.enqueue is MANDATORY): was a 500
    String key =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(post("/api/inventory/reconciliations"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.businessKey");
    assertThat(
            jdbc.queryForObject(
                "SELECT process_id FROM process_start WHERE business_key = ?", String.class, key))
        .isEqualTo(InventoryReconciliationProcess.PROCESS_ID);
  }

  @Test
  void dispensesOfAVisitThatDoesNotExistAreA404() throws Exception {
    mvc.perform(post("/api/inventory/visits/987654321/dispenses")).andExpect(status().isNotFound());
  }

  @Test
  void aDuplicateLotIsRefusedInTheFileAndAgainstWhatWasReceived() throws Exception {
    String invoice = unique("INV");
    String lot = unique("L");
    String row = REMICADE + "," + lot + ",2027-06-30,10,1300.00," + invoice + ",2026-11-02";
    mvc.perform(multipart("/api/inventory/receipts").file(csv(HEADER, row, row)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.row").value(2))
        .andExpect(jsonPath("$.column").value("Lot"));
    assertThat(lotsOfInvoice(invoice)).isZero();

    mvc.perform(multipart("/api/inventory/receipts").file(csv(HEADER, row)))
        .andExpect(status().isCreated());
    String again = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER,
                        RITUXAN
                            + ","
                            + unique("L")
                            + ",2027-06-30,1,1000.00,"
                            + again
                            + ",2026-11-03",
                        REMICADE + "," + lot + ",2027-06-30,10,1300.00," + again + ",2026-11-03")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.row").value(2))
        .andExpect(jsonPath("$.column").value("Lot"));
    assertThat(lotsOfInvoice(again)).isZero();
  }

  org.springframework.test.web.servlet.ResultActions move(long lotId, String body)
      throws Exception {
    return mvc.perform(
        post("/api/inventory/lots/" + lotId + "/movements")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void wasteTakesAtMostTheContainersOnHandAndNeverDatesBeforeTheDelivery() throws Exception {
    String invoice = unique("INV");
    mvc.perform(
            post("/api/inventory/receipts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"ndc": "%s", "lot": "%s", "expiry": "2027-01-31", "quantity": 2,
                     "unitCost": 1000.00, "invoiceNumber": "%s", "receivedOn": "2026-11-20"}
                    """
                        .formatted(RITUXAN, unique("L"), invoice)))
        .andExpect(status().isCreated());
    long lotId =
        jdbc.queryForObject(
            "SELECT id FROM inventory_lot WHERE supplier_invoice = ?", Long.class, invoice);
    String waste =
        """
        {"kind": "%s", "containers": %s, "occurredOn": "%s", "requestKey": "%s"}""";
    // more than the 2 on hand, a negative or zero count, a count too large to store, a date
    // before the delivery: each a 400 naming the field, nothing recorded
    for (String containers : new String[] {"3", "-1", "0", "1e9"}) {
      move(lotId, waste.formatted("WASTE", containers, "2026-11-21", unique("K")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("containers"));
    }
    move(lotId, waste.formatted("ADJUSTMENT", "-3", "2026-11-21", unique("K")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("containers"));
    move(lotId, waste.formatted("EXPIRY", "1", "2026-11-19", unique("K")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("occurredOn"));
    String key = unique("K");
    move(lotId, waste.formatted("WASTE", "2", "2026-11-21", key))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.onHandContainers").value(0.0));
    // the same request again is the same movement, not a refused one
    move(lotId, waste.formatted("WASTE", "2", "2026-11-21", key))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.onHandContainers").value(0.0));
  }

  @Test
  void aManualReceiptIsStoredAndABadOneNamesItsField() throws Exception {
    String invoice = unique("INV");
    mvc.perform(
            post("/api/inventory/receipts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"ndc": "%s", "lot": "%s", "expiry": "2027-01-31", "quantity": 2,
                     "unitCost": 1000.00, "invoiceNumber": "%s", "receivedOn": "2026-11-20"}
                    """
                        .formatted(RITUXAN, unique("L"), invoice)))
        .andExpect(status().isCreated());
    assertThat(lotsOfInvoice(invoice)).isEqualTo(1);
    mvc.perform(
            post("/api/inventory/receipts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"ndc": "%s", "lot": "%s", "expiry": "2027-01-31", "quantity": 0,
                     "unitCost": 1000.00, "invoiceNumber": "%s", "receivedOn": "2026-11-20"}
                    """
                        .formatted(RITUXAN, unique("L"), invoice)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.column").value("Quantity"));
    assertThat(lotsOfInvoice(invoice)).isEqualTo(1);
  }

  @Test
  @WithMockUser(
      username = "coordinator",
      authorities = {"ROLE_COORDINATOR", "GROUP_billing"})
  void aCoordinatorOutsidePharmacyIsRefusedInventoryAndReports() throws Exception {
    mvc.perform(get("/api/inventory/lots")).andExpect(status().isForbidden());
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(csv(HEADER, REMICADE + ",X1,2027-06-30,1,1.00,I1,2026-11-02")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/inventory/reconciliations")).andExpect(status().isForbidden());
    mvc.perform(get("/api/reports/ar")).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(
      username = "pharmacist",
      authorities = {"ROLE_COORDINATOR", "GROUP_pharmacy"})
  void pharmacyWorksStockButOnlyManagersStartAReconciliationOrReadReports() throws Exception {
    mvc.perform(get("/api/inventory/lots")).andExpect(status().isOk());
    mvc.perform(post("/api/inventory/reconciliations")).andExpect(status().isForbidden());
    mvc.perform(get("/api/reports/ar")).andExpect(status().isForbidden());
  }

  @Test
  void aVisitsDispenseIsRecordedOnceAndTheReconciliationFindsTheUnbilledUnits() throws Exception {
    String lot = unique("L");
    String invoice = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER,
                        REMICADE
                            + ","
                            + lot
                            + ",2027-06-30,10,1300.00,"
                            + invoice
                            + ",2026-11-02")))
        .andExpect(status().isCreated());
    long lotId =
        jdbc.queryForObject(
            "SELECT id FROM inventory_lot WHERE supplier_invoice = ?", Long.class, invoice);
    long episode = episodes.episode("COMMERCIAL_ACME", unique("M")).getId();
    LocalDate day1 = LocalDate.of(2026, 11, 9);
    LocalDate day2 = LocalDate.of(2026, 11, 16);
    // visit 1: 5 vials, 415 mg given + 85 mg wasted = 50 units; billed 42 + 8 JW = 50
    long v1 = history.visit(episode, day1, "BUY_AND_BILL");
    history.dispense(
        v1,
        "J1745",
        REMICADE,
        lot,
        LocalDate.of(2027, 6, 30),
        5,
        "415",
        "85",
        "BUY_AND_BILL",
        day1);
    long c1 =
        history.claim(v1, episode, "COMMERCIAL_ACME", day1, "PAID", "9000.00", "6000.00", day1);
    history.claimLine(c1, 1, "J1745", null, 42, REMICADE, "7560.00", "5040.00");
    history.claimLine(c1, 2, "J1745", "JW", 8, REMICADE, "1440.00", "960.00");
    // visit 2: 3 vials, 300 mg given = 30 units; billed only 25
    long v2 = history.visit(episode, day2, "BUY_AND_BILL");
    history.dispense(
        v2, "J1745", REMICADE, lot, LocalDate.of(2027, 6, 30), 3, "300", "0", "BUY_AND_BILL", day2);
    long c2 =
        history.claim(
            v2, episode, "COMMERCIAL_ACME", day2, "SUBMITTED", "4500.00", "3000.00", day2);
    history.claimLine(c2, 1, "J1745", null, 25, REMICADE, "4500.00", "3000.00");

    mvc.perform(post("/api/inventory/visits/" + v1 + "/dispenses"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recorded").value(1));
    mvc.perform(post("/api/inventory/visits/" + v1 + "/dispenses"))
        .andExpect(jsonPath("$.recorded").value(1));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM inventory_movement WHERE lot_id = ? AND kind = 'DISPENSE'",
                Integer.class,
                lotId))
        .isEqualTo(1);

    String runKey = unique("test-");
    var run = reconciliations.reconcile(runKey, "ON_DEMAND", LocalDate.of(2026, 12, 1));
    var finding = run.findings().stream().filter(f -> f.lotId() == lotId).findFirst().orElseThrow();
    // purchased 10 vials x 100 mg / 10 mg = 100 units; dispensed 50 + 30 = 80; billed 50 + 25
    assertThat(finding.purchasedUnits()).isEqualByComparingTo("100");
    assertThat(finding.dispensedUnits()).isEqualByComparingTo("80");
    assertThat(finding.billedUnits()).isEqualByComparingTo("75");
    assertThat(finding.onHandContainers()).isEqualByComparingTo("2");
    assertThat(finding.varianceUnits()).isEqualByComparingTo("5");
    // $1,300 a vial of 10 units: $130 a unit
    assertThat(finding.varianceDollars()).isEqualByComparingTo("650.00");
    assertThat(finding.expiredContainers()).isEqualByComparingTo("0");
    // the same run again (a retried job) is the same run
    var again = reconciliations.reconcile(runKey, "ON_DEMAND", LocalDate.of(2026, 12, 1));
    assertThat(again.id()).isEqualTo(run.id());
    assertThat(again.findings()).hasSameSizeAs(run.findings());
  }

  @Test
  void billingPatientAssistanceDrugIsAVarianceAndExpiredStockIsCounted() throws Exception {
    String lot = unique("L");
    String invoice = unique("INV");
    mvc.perform(
            multipart("/api/inventory/receipts")
                .file(
                    csv(
                        HEADER + ",Source",
                        REMICADE
                            + ","
                            + lot
                            + ",2026-11-30,6,0,"
                            + invoice
                            + ",2026-10-01,PATIENT_ASSISTANCE")))
        .andExpect(status().isCreated());
    long lotId =
        jdbc.queryForObject(
            "SELECT id FROM inventory_lot WHERE supplier_invoice = ?", Long.class, invoice);
    long episode = episodes.episode("COMMERCIAL_ACME", unique("M")).getId();
    LocalDate day = LocalDate.of(2026, 11, 10);
    long v = history.visit(episode, day, "PATIENT_ASSISTANCE");
    history.dispense(
        v,
        "J1745",
        REMICADE,
        lot,
        LocalDate.of(2026, 11, 30),
        4,
        "400",
        "0",
        "PATIENT_ASSISTANCE",
        day);
    long c = history.claim(v, episode, "COMMERCIAL_ACME", day, "PAID", "7200.00", "4800.00", day);
    history.claimLine(c, 1, "J1745", null, 40, REMICADE, "7200.00", "4800.00");

    var run = reconciliations.reconcile(unique("test-"), "SCHEDULED", LocalDate.of(2026, 12, 1));
    var finding = run.findings().stream().filter(f -> f.lotId() == lotId).findFirst().orElseThrow();
    assertThat(finding.source()).isEqualTo(InventorySource.PATIENT_ASSISTANCE);
    assertThat(finding.billedUnits()).isEqualByComparingTo("40");
    assertThat(finding.varianceUnits()).isEqualByComparingTo("-40");
    // 6 received, 4 opened: the 2 left expired on 30 November
    assertThat(finding.expiredContainers()).isEqualByComparingTo("2");
  }
}
