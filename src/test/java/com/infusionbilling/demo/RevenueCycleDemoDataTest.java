package com.infusionbilling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.reports.ReportClaims;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.RevenueCycleHistory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's revenue-cycle history seeds once and gives the Inventory page its figures: the expired
 * rituximab lot, the dose billed short, and claims with payments and denials.
 */
@ApiTest
class RevenueCycleDemoDataTest {
  @Autowired JdbcTemplate jdbc;
  @Autowired RevenueCycleHistory revenueCycle;
  @Autowired InventoryReconciliationService reconciliations;
  @Autowired ReportClaims reportClaims;

  /** The visits of the demo's dispenses (so other tests' claims never count). */
  static final String DEMO_VISITS =
      "SELECT m.visit_id FROM inventory_movement m JOIN inventory_lot l ON l.id = m.lot_id WHERE"
          + " l.supplier_invoice = ? AND m.kind = 'DISPENSE'";

  @Test
  void seedsOnceWithAnExpiredLotAndAVariance() {
    var demo = new RevenueCycleDemoData(jdbc, revenueCycle);
    demo.run(null);
    demo.run(null);

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM inventory_lot WHERE supplier_invoice = ?",
                Integer.class,
                RevenueCycleDemoData.INVOICE))
        .isEqualTo(4);
    var run = reconciliations.latest().orElseThrow();
    var expired =
        run.findings().stream().filter(f -> f.lot().equals("RTX-DEMO-X")).findFirst().orElseThrow();
    assertThat(expired.expiredContainers()).isEqualByComparingTo("6");
    var shortBilled =
        run.findings().stream().filter(f -> f.lot().equals("RTX-DEMO-B")).findFirst().orElseThrow();
    // 8 rituximab doses of 400 mg (40 units) billed 37 + 3 JW, the last one 30 + 3: 7 units short
    assertThat(shortBilled.varianceUnits()).isEqualByComparingTo(new BigDecimal("7"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM inventory_movement m JOIN inventory_lot l ON l.id = m.lot_id"
                    + " WHERE l.supplier_invoice = ? AND m.kind = 'DISPENSE'",
                Integer.class,
                RevenueCycleDemoData.INVOICE))
        .isEqualTo(26);

    // realistic money (docs/reports.md formulas over the demo's claims): net collection in the
    // 90s, no paid claim with a balance below zero, and both drugs earn on their adjudicated doses
    reportClaims.catchUp();
    var collections =
        jdbc.queryForMap(
            "SELECT SUM(c.paid) + SUM(c.pr) AS collected, SUM(c.total_expected_allowed) AS"
                + " expected, MIN(c.total_charge - c.paid - c.settled - c.written_off) AS balance"
                + " FROM report_claim c WHERE c.latest_version = 1 AND c.remitted = 1 AND"
                + " c.visit_id IN ("
                + DEMO_VISITS
                + ")",
            RevenueCycleDemoData.INVOICE);
    BigDecimal rate =
        ((BigDecimal) collections.get("collected"))
            .divide((BigDecimal) collections.get("expected"), 4, java.math.RoundingMode.HALF_UP);
    assertThat(rate).isBetween(new BigDecimal("0.90"), new BigDecimal("0.99"));
    assertThat((BigDecimal) collections.get("balance")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    for (String ndc : new String[] {RevenueCycleHistory.REMICADE, RevenueCycleHistory.RITUXAN}) {
      BigDecimal paid =
          jdbc.queryForObject(
              "SELECT SUM(x.paid) FROM report_claim_drug x JOIN report_claim c ON c.claim_id ="
                  + " x.claim_id WHERE x.ndc = ? AND c.remitted = 1 AND c.visit_id IN ("
                  + DEMO_VISITS
                  + ")",
              BigDecimal.class,
              ndc,
              RevenueCycleDemoData.INVOICE);
      BigDecimal cost =
          jdbc.queryForObject(
              "SELECT SUM(d.cost) FROM inventory_dispense_report d JOIN report_claim c ON"
                  + " c.visit_id = d.visit_id WHERE d.ndc = ? AND c.remitted = 1 AND"
                  + " c.latest_version = 1 AND c.visit_id IN ("
                  + DEMO_VISITS
                  + ")",
              BigDecimal.class,
              ndc,
              RevenueCycleDemoData.INVOICE);
      assertThat(paid.subtract(cost)).as("margin of " + ndc).isPositive();
    }
  }
}
