package com.infusionbilling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.BillingProperties;
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
  @Autowired BillingProperties billing;

  /** The visits of the demo's dispenses (so other tests' claims never count). */
  static final String DEMO_VISITS =
      "SELECT m.visit_id FROM inventory_movement m JOIN inventory_lot l ON l.id = m.lot_id WHERE"
          + " l.supplier_invoice = ? AND m.kind = 'DISPENSE'";

  @Test
  void seedsOnceWithAnExpiredLotAndAVariance() {
    var demo = new RevenueCycleDemoData(jdbc, revenueCycle, billing);
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
    // 48 rituximab doses of 400 mg (40 units) billed 37 + 3 JW, the first patient's last one 30 +
    // 3: 7 units short
    assertThat(shortBilled.varianceUnits()).isEqualByComparingTo(new BigDecimal("7"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM inventory_movement m JOIN inventory_lot l ON l.id = m.lot_id"
                    + " WHERE l.supplier_invoice = ? AND m.kind = 'DISPENSE'",
                Integer.class,
                RevenueCycleDemoData.INVOICE))
        // 6 patients x 3 visits a week x 8 weeks, and one visit in weeks 10 and 14
        .isEqualTo(146);

    // realistic money (docs/reports.md formulas over the demo's claims, computed by hand from
    // RevenueCycleHistory's prices). The adjudicated weeks 3-8 give, per 835:
    // - infliximab, Medicare (24 doses): J1745 37 x $35 = 1,295.00 allowed, PR-2 259.00, paid
    //   1,036.00 x 0.98 = 1,015.28; JW 3 x $35 = 105.00, PR 21.00, paid 82.32: drug paid 1,097.60;
    //   96413 140.00, PR 28.00, paid 109.76 (not on the CO-16 claim's denied line)
    // - infliximab, commercial (46 doses): 37 x $46.23 = 1,710.51, PR 171.05, paid 1,539.46; JW
    //   138.69, PR 13.87, paid 124.82: drug paid 1,664.28; 96413 200.00, PR 20.00, paid 180.00;
    //   the underpaid one allowed 1,710.51 x 0.97 = 1,659.19, PR 165.92, paid 1,493.27 (+ 124.82);
    //   the CO-197 one paid 0
    // - rituximab, Medicare (12): 37 x $80 = 2,960.00, PR 592.00, paid 2,320.64; JW 240.00, PR
    //   48.00, paid 188.16: drug paid 2,508.80; 96413 as infliximab's
    // - rituximab, commercial (24): 37 x $105.66 = 3,909.42, PR 390.94, paid 3,518.48; JW 316.98,
    //   PR 31.70, paid 285.28: drug paid 3,803.76
    // Net collection = (paid + PR) / expected allowed:
    //   expected 24 x 1,540.00 + 48 x 2,049.20 + 12 x 3,340.00 + 24 x 4,426.40 = 281,635.20;
    //   collected 23 x 1,515.36 + 1,377.60 + 46 x 2,049.20 + 1,997.88 + 12 x 3,286.56
    //   + 24 x 4,426.40 = 278,164.28; 278,164.28 / 281,635.20 = 98.77 % (what is lost:
    //   sequestration, the underpayment, the denial and the denied line). No paid claim has a
    //   balance below zero.
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
    assertThat((BigDecimal) collections.get("expected")).isEqualByComparingTo("281635.20");
    assertThat((BigDecimal) collections.get("collected")).isEqualByComparingTo("278164.28");
    assertThat((BigDecimal) collections.get("balance")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    // Drug margin = payer paid - acquisition cost of the adjudicated doses (72 infliximab, 36
    // rituximab; 4 vials each at ASP less 2 %: $323.58 and $739.62):
    // infliximab 24 x 1,097.60 + 46 x 1,664.28 + 1,618.09 = 104,517.37 - 72 x 1,294.32 = 93,191.04
    //   -> 11,326.33 (12.2 % of cost);
    // rituximab 12 x 2,508.80 + 24 x 3,803.76 = 121,395.84 - 36 x 2,958.48 = 106,505.28
    //   -> 14,890.56 (14.0 %).
    assertThat(margin(RevenueCycleHistory.REMICADE)).isEqualByComparingTo("11326.33");
    assertThat(margin(RevenueCycleHistory.RITUXAN)).isEqualByComparingTo("14890.56");
  }

  private BigDecimal margin(String ndc) {
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
    return paid.subtract(cost);
  }
}
