package com.infusionbilling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.RevenueCycleFixtures;
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
  @Autowired EpisodeFixtures episodes;
  @Autowired RevenueCycleFixtures history;
  @Autowired InventoryService inventory;
  @Autowired InventoryReconciliationService reconciliations;

  @Test
  void seedsOnceWithAnExpiredLotAndAVariance() {
    var demo = new RevenueCycleDemoData(jdbc, episodes, history, inventory, reconciliations);
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
        .isEqualTo(24);
  }
}
