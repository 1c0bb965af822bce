package com.infusionbilling.demo;

import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.RevenueCycleFixtures;
import java.math.BigDecimal;
import java.time.Instant;
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
 * The {@code demo} profile's revenue-cycle history (issue 18 item 5): eight weeks of infliximab and
 * rituximab visits with their claims, payments, a CO-197 denial whose appeal is due within the
 * week, a CO-16 line written off, a late claim denied CO-29, drug lots (one of them expired on the
 * shelf, one patient-assistance lot) and a dose dispensed but billed short, then one
 * reconciliation, so the Revenue and Inventory pages show realistic numbers on first start. Dates
 * are relative to today. Idempotent: nothing is seeded when the demo invoice is already stored.
 */
@Component
@Profile("demo")
public class RevenueCycleDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(RevenueCycleDemoData.class);
  static final String INVOICE = "DEMO-INV-4471";
  static final String REMICADE = "57894003001";
  static final String RITUXAN = "50242005121";

  private final JdbcTemplate jdbc;
  private final EpisodeFixtures episodes;
  private final RevenueCycleFixtures h;
  private final InventoryService inventory;
  private final InventoryReconciliationService reconciliations;

  public RevenueCycleDemoData(
      JdbcTemplate jdbc,
      EpisodeFixtures episodes,
      RevenueCycleFixtures h,
      InventoryService inventory,
      InventoryReconciliationService reconciliations) {
    this.jdbc = jdbc;
    this.episodes = episodes;
    this.h = h;
    this.inventory = inventory;
    this.reconciliations = reconciliations;
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
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    inventory.receive(
        List.of(
            receipt(
                REMICADE,
                "RMC-DEMO-A",
                today.plusMonths(14),
                80,
                "1300.00",
                today.minusDays(60),
                InventorySource.BUY_AND_BILL),
            receipt(
                RITUXAN,
                "RTX-DEMO-X",
                today.minusDays(10),
                6,
                "1000.00",
                today.minusDays(200),
                InventorySource.BUY_AND_BILL),
            receipt(
                RITUXAN,
                "RTX-DEMO-B",
                today.plusMonths(9),
                40,
                "1000.00",
                today.minusDays(60),
                InventorySource.BUY_AND_BILL),
            receipt(
                REMICADE,
                "RMC-PAP-1",
                today.plusDays(20),
                8,
                "0.00",
                today.minusDays(45),
                InventorySource.PATIENT_ASSISTANCE)),
        true,
        "demo");

    String[] payers = {"COMMERCIAL_ACME", "MEDICARE_PART_B", "COMMERCIAL_SUMMIT"};
    long episode = episodes.episode("COMMERCIAL_ACME", "DEMO-RC-1").getId();
    for (int week = 8; week >= 1; week--) {
      for (int i = 0; i < 3; i++) {
        LocalDate dos = today.minusWeeks(week).plusDays(i);
        String payer = payers[(week + i) % 3];
        boolean infliximab = i != 2;
        String ndc = infliximab ? REMICADE : RITUXAN;
        String hcpcs = infliximab ? "J1745" : "J9312";
        String lot = infliximab ? "RMC-DEMO-A" : "RTX-DEMO-B";
        long visit = h.visit(episode, dos, "BUY_AND_BILL");
        h.dispense(
            visit,
            hcpcs,
            ndc,
            lot,
            infliximab ? today.plusMonths(14) : today.plusMonths(9),
            4,
            "370",
            "30",
            "BUY_AND_BILL",
            dos);
        // the most recent rituximab dose was billed 10 units short: the reconciliation's variance
        int units = !infliximab && week == 1 ? 30 : 37;
        String charge = infliximab ? "6660.00" : "7400.00";
        LocalDate filed = dos.plusDays(2 + (week % 3));
        boolean paid = week >= 3;
        String status = paid ? "PAID" : "ACKNOWLEDGED";
        boolean denied197 = week == 5 && i == 1;
        boolean late = week == 8 && i == 2;
        if (denied197 || late) {
          status = "DENIED";
        }
        long claim =
            h.claim(
                visit,
                episode,
                payer,
                dos,
                status,
                sum(charge, "450.00"),
                expected(charge),
                late ? dos.plusDays(40) : filed);
        long drug = h.claimLine(claim, 1, hcpcs, null, units, ndc, charge, expected(charge));
        h.claimLine(claim, 2, hcpcs, "JW", 3, ndc, "540.00", "400.00");
        long admin = h.claimLine(claim, 3, "96413", null, 1, null, "450.00", "300.00");
        if (!paid && !denied197 && !late) {
          continue;
        }
        LocalDate paidOn = filed.plusDays(14 + week);
        if (late) {
          paidOn = dos.plusDays(50);
        }
        if (paidOn.isAfter(today)) {
          paidOn = today;
        }
        if (denied197 || late) {
          long rc = h.remittanceClaim(claim, payer, paidOn, "4", sum(charge, "450.00"), "0.00");
          String carc = denied197 ? "197" : "29";
          h.adjustment(rc, null, "CO", carc, sum(charge, "450.00"));
          long denial =
              h.denial(
                  claim,
                  null,
                  rc,
                  episode,
                  payer,
                  carc,
                  sum(charge, "450.00"),
                  paidOn,
                  dos,
                  denied197 ? "APPEALED" : "OPEN");
          if (denied197) {
            h.appeal(
                denial,
                claim,
                episode,
                paidOn,
                today.plusDays(5),
                sum(charge, "450.00"),
                "OPEN",
                null);
          }
          continue;
        }
        long rc =
            h.remittanceClaim(
                claim, payer, paidOn, "1", sum(charge, "450.00"), pay(charge, "0.80"));
        h.remittanceLine(
            rc, 1, drug, hcpcs, charge, expected(charge), pay(charge, "0.64"), expected(charge));
        long adminLine =
            h.remittanceLine(
                rc,
                2,
                admin,
                "96413",
                "450.00",
                week == 4 ? null : "300.00",
                week == 4 ? "0.00" : "240.00",
                "300.00");
        h.adjustment(rc, null, "CO", "45", "1500.00");
        h.adjustment(rc, null, "PR", "2", "600.00");
        if (week == 4) {
          long denial =
              h.denial(
                  claim, admin, rc, episode, payer, "16", "450.00", paidOn, dos, "WRITTEN_OFF");
          h.adjustment(rc, adminLine, "CO", "16", "450.00");
          h.writeOff(denial, claim, "450.00", "Missing information not obtainable", Instant.now());
        }
      }
    }
    inventory.recordDispensesBetween(today.minusDays(70), today);
    reconciliations.reconcile("demo-" + today, "ON_DEMAND", today);
    log.info("Demo revenue-cycle history seeded (24 visits, 4 lots, one reconciliation)");
  }

  static NewReceipt receipt(
      String ndc,
      String lot,
      LocalDate expiry,
      int quantity,
      String cost,
      LocalDate on,
      InventorySource source) {
    return new NewReceipt(
        ndc, lot, expiry, BigDecimal.valueOf(quantity), new BigDecimal(cost), INVOICE, on, source);
  }

  static String sum(String a, String b) {
    return new BigDecimal(a).add(new BigDecimal(b)).toPlainString();
  }

  static String expected(String charge) {
    return pay(charge, "0.75");
  }

  static String pay(String charge, String share) {
    return new BigDecimal(charge)
        .multiply(new BigDecimal(share))
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}
