package com.infusionbilling.demo;

import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.RevenueCycleFixtures;
import java.math.BigDecimal;
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
 * rituximab visits with their claims and 835s, a CO-197 denial whose appeal is due within the week,
 * a CO-16 administration line appealed, upheld and written off, a CO-29 denial overturned (the
 * claim was filed in time) and paid, a drug allowed at last quarter's rate (underpaid), drug lots
 * (one of them expired on the shelf, one patient-assistance lot) and a dose dispensed but billed
 * short, then one reconciliation, so the Revenue and Inventory pages show realistic numbers on
 * first start. Dates are relative to today. Idempotent: nothing is seeded when the demo invoice is
 * already stored.
 *
 * <p>The money is consistent the way a buy-and-bill practice's is (issue 18 follow-up: the first
 * version paid 80 % of charges against 75 % expected, 104.9 % net collection, and drug margins
 * below zero): every claim's charge and expected allowed are the sums of its lines; each 835 line
 * pays the allowed amount less the patient's coinsurance (PR-2: Medicare 20 %, commercial 10 %)
 * and, for Medicare, less 2 % sequestration of the payer's part (CO-253), the rest of the charge
 * being contractual (CO-45), so a paid claim's balance is zero. Medicare allows ASP + 6 %, the
 * commercial contracts ASP + 40 %, and the lots cost about ASP: net collection comes out in the low
 * 90s and both drugs earn a small margin on the adjudicated doses.
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
        boolean medicare = payer.startsWith("MEDICARE");
        boolean infliximab = i != 2;
        Drug drug = infliximab ? INFLIXIMAB : RITUXIMAB;
        long visit = h.visit(episode, dos, "BUY_AND_BILL");
        h.dispense(
            visit,
            drug.hcpcs,
            drug.ndc,
            drug.lot,
            infliximab ? today.plusMonths(14) : today.plusMonths(9),
            4,
            "370",
            "30",
            "BUY_AND_BILL",
            dos);
        // the most recent rituximab dose was billed 10 units short: the reconciliation's variance
        int units = !infliximab && week == 1 ? 30 : 37;
        // each line: charge (chargemaster), expected allowed (the payer's rate x units)
        BigDecimal[][] lines = {
          {drug.charge.multiply(BigDecimal.valueOf(units)), drug.allowed(medicare, units)},
          {drug.charge.multiply(BigDecimal.valueOf(3)), drug.allowed(medicare, 3)},
          {ADMIN_CHARGE, medicare ? ADMIN_MEDICARE : ADMIN_COMMERCIAL}
        };
        BigDecimal charge = lines[0][0].add(lines[1][0]).add(lines[2][0]);
        BigDecimal expected = lines[0][1].add(lines[1][1]).add(lines[2][1]);
        LocalDate filed = dos.plusDays(2 + (week % 3));
        boolean paid = week >= 3;
        boolean denied197 = week == 5 && i == 1;
        // denied CO-29 in error (it was filed in time): overturned on appeal and paid
        boolean deniedTimely = week == 8 && i == 0;
        // the administration line denied CO-16, appealed, upheld and written off
        boolean deniedLine = week == 4 && i == 0;
        // the payer allowed the drug at last quarter's rate: an underpayment of 3 %
        boolean underpaid = week == 7 && i == 1;
        String status = paid ? "PAID" : "ACKNOWLEDGED";
        if (denied197) {
          status = "DENIED";
        } else if (deniedLine) {
          status = "PARTIALLY_PAID";
        }
        long claim =
            h.claim(visit, episode, payer, dos, status, money(charge), money(expected), filed);
        long[] claimLines = {
          h.claimLine(
              claim, 1, drug.hcpcs, null, units, drug.ndc, money(lines[0][0]), money(lines[0][1])),
          h.claimLine(
              claim, 2, drug.hcpcs, "JW", 3, drug.ndc, money(lines[1][0]), money(lines[1][1])),
          h.claimLine(claim, 3, "96413", null, 1, null, money(lines[2][0]), money(lines[2][1]))
        };
        if (!paid) {
          continue;
        }
        LocalDate paidOn = filed.plusDays(14 + week);
        if (denied197 || deniedTimely) {
          LocalDate deniedOn = filed.plusDays(14);
          long rc = h.remittanceClaim(claim, payer, deniedOn, "4", money(charge), "0.00");
          String carc = denied197 ? "197" : "29";
          h.adjustment(rc, null, "CO", carc, money(charge));
          long denial =
              h.denial(
                  claim, null, rc, episode, payer, carc, money(charge), deniedOn, dos, "APPEALED");
          if (denied197) {
            h.appeal(
                denial, claim, episode, deniedOn, today.plusDays(5), money(charge), "OPEN", null);
            continue;
          }
          // the 277CA acceptance proved timely filing: overturned, then paid on a second 835
          h.appeal(
              denial,
              claim,
              episode,
              deniedOn,
              deniedOn.plusDays(60),
              money(charge),
              "OVERTURNED",
              "OVERTURNED");
          paidOn = deniedOn.plusDays(21);
        }
        // the 835: per line allowed, patient share (PR-2), sequestration (CO-253, Medicare) and
        // the contractual rest (CO-45); claim paid = sum of the lines, balance 0
        BigDecimal coinsurance = new BigDecimal(medicare ? "0.20" : "0.10");
        BigDecimal[] allowed = {
          underpaid ? money2(lines[0][1].multiply(new BigDecimal("0.97"))) : lines[0][1],
          lines[1][1],
          deniedLine ? null : lines[2][1]
        };
        BigDecimal[] pr = new BigDecimal[3];
        BigDecimal[] payment = new BigDecimal[3];
        BigDecimal claimPaid = BigDecimal.ZERO;
        for (int l = 0; l < 3; l++) {
          if (allowed[l] == null) {
            pr[l] = BigDecimal.ZERO;
            payment[l] = BigDecimal.ZERO;
            continue;
          }
          pr[l] = money2(allowed[l].multiply(coinsurance));
          BigDecimal payer_ = allowed[l].subtract(pr[l]);
          payment[l] = medicare ? money2(payer_.multiply(new BigDecimal("0.98"))) : payer_;
          claimPaid = claimPaid.add(payment[l]);
        }
        long rc = h.remittanceClaim(claim, payer, paidOn, "1", money(charge), money(claimPaid));
        String[] codes = {drug.hcpcs, drug.hcpcs, "96413"};
        for (int l = 0; l < 3; l++) {
          long rl =
              h.remittanceLine(
                  rc,
                  l + 1,
                  claimLines[l],
                  codes[l],
                  money(lines[l][0]),
                  allowed[l] == null ? null : money(allowed[l]),
                  money(payment[l]),
                  money(lines[l][1]));
          if (allowed[l] == null) {
            h.adjustment(rc, rl, "CO", "16", money(lines[l][0]));
            long denial =
                h.denial(
                    claim,
                    claimLines[l],
                    rc,
                    episode,
                    payer,
                    "16",
                    money(lines[l][0]),
                    paidOn,
                    dos,
                    "WRITTEN_OFF");
            h.appeal(
                denial,
                claim,
                episode,
                paidOn,
                paidOn.plusDays(60),
                money(lines[l][0]),
                "UPHELD",
                "UPHELD");
            h.writeOff(
                denial,
                claim,
                money(lines[l][0]),
                "Missing information not obtainable",
                paidOn.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC));
            continue;
          }
          h.adjustment(rc, rl, "CO", "45", money(lines[l][0].subtract(allowed[l])));
          h.adjustment(rc, rl, "PR", "2", money(pr[l]));
          BigDecimal sequestration = allowed[l].subtract(pr[l]).subtract(payment[l]);
          if (sequestration.signum() > 0) {
            h.adjustment(rc, rl, "CO", "253", money(sequestration));
          }
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

  /**
   * A drug's illustrative prices per HCPCS unit (10 mg): the chargemaster charge, and the allowed
   * amounts: Medicare Part B's payment limit ASP + 6 %, a commercial contract at ASP + 40 %. The
   * lots cost about ASP (infliximab $1,300 and rituximab $1,000 per 100 mg vial).
   */
  record Drug(
      String hcpcs,
      String ndc,
      String lot,
      BigDecimal charge,
      BigDecimal medicare,
      BigDecimal commercial) {
    BigDecimal allowed(boolean isMedicare, int units) {
      return (isMedicare ? medicare : commercial).multiply(BigDecimal.valueOf(units));
    }
  }

  static final Drug INFLIXIMAB =
      new Drug(
          "J1745",
          REMICADE,
          "RMC-DEMO-A",
          new BigDecimal("180.00"),
          new BigDecimal("137.80"),
          new BigDecimal("182.00"));
  static final Drug RITUXIMAB =
      new Drug(
          "J9312",
          RITUXAN,
          "RTX-DEMO-B",
          new BigDecimal("200.00"),
          new BigDecimal("106.00"),
          new BigDecimal("140.00"));

  /** 96413 (first hour of chemotherapy infusion): charge and allowed amounts. */
  static final BigDecimal ADMIN_CHARGE = new BigDecimal("450.00");

  static final BigDecimal ADMIN_MEDICARE = new BigDecimal("150.00");
  static final BigDecimal ADMIN_COMMERCIAL = new BigDecimal("200.00");

  static BigDecimal money2(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  static String money(BigDecimal v) {
    return money2(v).toPlainString();
  }
}
