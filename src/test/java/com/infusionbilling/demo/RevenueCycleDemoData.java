package com.infusionbilling.demo;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.testing.RevenueCycleHistory;
import java.time.LocalDate;
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
 * appeals, lots with an expired one and a dose billed short, one reconciliation) for three payers
 * and {@link #PATIENTS} patients, eighteen infusions a week, as of the practice's today. A practice
 * of that size earns on its drugs even on a day when four of the demo's infliximab claims are
 * denied (part 2b): with the history of one patient, those denials alone put the Revenue page's
 * infliximab margin below zero. Idempotent: nothing is seeded when the demo invoice is already
 * stored.
 */
@Component
@Profile("demo")
public class RevenueCycleDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(RevenueCycleDemoData.class);
  static final String TAG = "DEMO";
  static final String INVOICE = RevenueCycleHistory.invoice(TAG);
  static final List<String> PAYERS =
      List.of("COMMERCIAL_ACME", "MEDICARE_PART_B", "COMMERCIAL_SUMMIT");

  /** Patients of the history, three infusions a week each. */
  static final int PATIENTS = 6;

  private final JdbcTemplate jdbc;
  private final RevenueCycleHistory history;
  private final BillingProperties billing;

  public RevenueCycleDemoData(
      JdbcTemplate jdbc, RevenueCycleHistory history, BillingProperties billing) {
    this.jdbc = jdbc;
    this.history = history;
    this.billing = billing;
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
    var demo = history.seed(TAG, PAYERS, LocalDate.now(billing.zone()), PATIENTS);
    log.info(
        "Demo revenue-cycle history seeded ({} visits, 4 lots, one reconciliation)",
        demo.visits.size());
  }
}
