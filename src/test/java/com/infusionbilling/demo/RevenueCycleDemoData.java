package com.infusionbilling.demo;

import com.infusionbilling.testing.RevenueCycleHistory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's revenue-cycle history (issue 18 item 5): fourteen weeks of {@link
 * RevenueCycleHistory} (claims priced like a buy-and-bill practice's, payments, denials and
 * appeals, lots with an expired one and a dose billed short, one reconciliation) for three payers,
 * so the Revenue and Inventory pages show realistic numbers on first start. Idempotent: nothing is
 * seeded when the demo invoice is already stored.
 */
@Component
@Profile("demo")
public class RevenueCycleDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(RevenueCycleDemoData.class);
  static final String TAG = "DEMO";
  static final String INVOICE = RevenueCycleHistory.invoice(TAG);
  static final List<String> PAYERS =
      List.of("COMMERCIAL_ACME", "MEDICARE_PART_B", "COMMERCIAL_SUMMIT");

  private final JdbcTemplate jdbc;
  private final RevenueCycleHistory history;

  public RevenueCycleDemoData(JdbcTemplate jdbc, RevenueCycleHistory history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer seeded =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM inventory_lot WHERE supplier_invoice = ?",
            Integer.class,
            INVOICE);
    if (seeded != null && seeded > 0) {
      return;
    }
    history.seed(TAG, PAYERS, LocalDate.now(ZoneOffset.UTC));
    log.info("Demo revenue-cycle history seeded (26 visits, 4 lots, one reconciliation)");
  }
}
