package com.infusionbilling.testing;

import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The hand-computed revenue-cycle data set of docs/reports.md ("Worked example"): seven claims of
 * one payer with their payments, adjustments, denials, appeals, a write-off and the drug bought for
 * one of them. ReportsApiTest and ReportClaimsTest check the formulas against it (the demo and the
 * browser test's screenshots use the realistic {@link RevenueCycleHistory} instead).
 */
@Component
public class ReportDataSet {
  static final String REMICADE = "57894003001";
  static final String RITUXAN = "50242005121";

  private final EpisodeFixtures episodes;
  private final RevenueCycleFixtures h;
  private final InventoryService inventory;

  public ReportDataSet(
      EpisodeFixtures episodes, RevenueCycleFixtures h, InventoryService inventory) {
    this.episodes = episodes;
    this.h = h;
    this.inventory = inventory;
  }

  /** The IDs a test asserts on. */
  public static class Seeded {
    public String payer;
    public String lot;
    public long episodeId;
    public long c1;
    public long c2;
    public long c3;
    public long c4;
    public long c5;
    public long c6;
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Seeds the data set for a payer ID of its own (so other rows never count). */
  public Seeded seed(String payer) {

    long ep = episodes.episode("COMMERCIAL_ACME", "M" + payer).getId();
    Seeded out = new Seeded();
    out.payer = payer;
    out.episodeId = ep;

    // C1: 20 Jun, $1,000, filed 22 Jun, not yet paid: A/R 0-30
    long v1 = h.visit(ep, d("2026-06-20"), "BUY_AND_BILL");
    out.c1 =
        h.claim(v1, ep, payer, d("2026-06-20"), "SUBMITTED", "1000.00", "800.00", d("2026-06-22"));
    h.claimLine(out.c1, 1, "J1745", null, 42, REMICADE, "900.00", "720.00");
    h.claimLine(out.c1, 2, "96413", null, 1, null, "100.00", "80.00");

    // C2: 20 May, $2,000, filed 24 May, paid $1,200 on 13 Jun (PR 300, CO-45 500): clean
    long v2 = h.visit(ep, d("2026-05-20"), "BUY_AND_BILL");
    out.c2 = h.claim(v2, ep, payer, d("2026-05-20"), "PAID", "2000.00", "1500.00", d("2026-05-24"));
    long c2l1 = h.claimLine(out.c2, 1, "J1745", null, 40, REMICADE, "1600.00", "1200.00");
    long c2l2 = h.claimLine(out.c2, 2, "J1745", "JW", 10, REMICADE, "400.00", "300.00");
    long r2 = h.remittanceClaim(out.c2, payer, d("2026-06-13"), "1", "2000.00", "1200.00");
    h.remittanceLine(r2, 1, c2l1, "J1745", "1600.00", "1200.00", "960.00", "1200.00");
    h.remittanceLine(r2, 2, c2l2, "J1745", "400.00", "300.00", "240.00", "300.00");
    h.adjustment(r2, null, "PR", "2", "300.00");
    h.adjustment(r2, null, "CO", "45", "500.00");
    // its drug: 5 vials of a $1,300 lot
    String lot = "R" + payer.replace('_', '-'); // a lot as printed: letters, digits, hyphens
    out.lot = lot;
    inventory.receive(
        List.of(
            new NewReceipt(
                REMICADE,
                lot,
                d("2027-06-30"),
                new BigDecimal("10"),
                new BigDecimal("1300.00"),
                "INV" + payer,
                d("2026-05-01"),
                InventorySource.BUY_AND_BILL)),
        true,
        "test");
    h.dispense(
        v2,
        "J1745",
        REMICADE,
        lot,
        d("2027-06-30"),
        5,
        "400",
        "100",
        "BUY_AND_BILL",
        d("2026-05-20"));
    inventory.recordDispensesOfVisit(v2);

    // C3: 15 Apr, $3,000, filed 25 Apr, denied CO-197 on 15 May, appeal due 10 Jul (at risk)
    long v3 = h.visit(ep, d("2026-04-15"), "BUY_AND_BILL");
    out.c3 =
        h.claim(v3, ep, payer, d("2026-04-15"), "DENIED", "3000.00", "2400.00", d("2026-04-25"));
    h.claimLine(out.c3, 1, "J9312", null, 50, RITUXAN, "2800.00", "2240.00");
    h.claimLine(out.c3, 2, "96413", null, 1, null, "200.00", "160.00");
    long r3 = h.remittanceClaim(out.c3, payer, d("2026-05-15"), "4", "3000.00", "0.00");
    h.adjustment(r3, null, "CO", "197", "3000.00");
    long n3 =
        h.denial(
            out.c3,
            null,
            r3,
            ep,
            payer,
            "197",
            "3000.00",
            d("2026-05-15"),
            d("2026-04-15"),
            "APPEALED");
    h.appeal(n3, out.c3, ep, d("2026-05-15"), d("2026-07-10"), "3000.00", "OPEN", null);

    // C4: 20 Feb, $1,500, filed 2 Mar, paid $600 on 30 Mar, line 2 denied CO-16 and written off
    long v4 = h.visit(ep, d("2026-02-20"), "BUY_AND_BILL");
    long c4 =
        h.claim(
            v4,
            ep,
            payer,
            d("2026-02-20"),
            "PARTIALLY_PAID",
            "1500.00",
            "1000.00",
            d("2026-03-02"));
    long c4l1 = h.claimLine(c4, 1, "J1745", null, 20, REMICADE, "1200.00", "800.00");
    long c4l2 = h.claimLine(c4, 2, "96413", null, 1, null, "300.00", "200.00");
    long r4 = h.remittanceClaim(c4, payer, d("2026-03-30"), "1", "1500.00", "600.00");
    long r4l1 = h.remittanceLine(r4, 1, c4l1, "J1745", "1200.00", "700.00", "600.00", "800.00");
    long r4l2 = h.remittanceLine(r4, 2, c4l2, "96413", "300.00", null, "0.00", "200.00");
    h.adjustment(r4, r4l1, "CO", "45", "500.00");
    h.adjustment(r4, r4l1, "PR", "2", "100.00");
    h.adjustment(r4, r4l2, "CO", "16", "300.00");
    long n4 =
        h.denial(
            c4,
            c4l2,
            r4,
            ep,
            payer,
            "16",
            "300.00",
            d("2026-03-30"),
            d("2026-02-20"),
            "WRITTEN_OFF");
    h.appeal(n4, c4, ep, d("2026-03-30"), d("2026-05-01"), "300.00", "UPHELD", "UPHELD");
    h.writeOff(
        n4,
        c4,
        "300.00",
        "Missing information not obtainable",
        Instant.parse("2026-05-10T12:00:00Z"));
    out.c4 = c4;

    // C5: 10 Mar, $2,500, filed 20 Mar, its first 277CA rejected it; acknowledged since: 91-120
    long v5 = h.visit(ep, d("2026-03-10"), "BUY_AND_BILL");
    out.c5 =
        h.claim(
            v5, ep, payer, d("2026-03-10"), "ACKNOWLEDGED", "2500.00", "2000.00", d("2026-03-20"));
    h.claimLine(out.c5, 1, "96413", null, 1, null, "2500.00", "2000.00");
    h.acknowledgement(out.c5, "277CA", false, d("2026-03-21"));

    // C6: 15 Jan, $800, filed 1 May (late), denied CO-29 on 20 May; its appeal was won: 120+
    long v6 = h.visit(ep, d("2026-01-15"), "BUY_AND_BILL");
    out.c6 = h.claim(v6, ep, payer, d("2026-01-15"), "DENIED", "800.00", "600.00", d("2026-05-01"));
    h.claimLine(out.c6, 1, "J1745", null, 10, REMICADE, "800.00", "600.00");
    long r6 = h.remittanceClaim(out.c6, payer, d("2026-05-20"), "4", "800.00", "0.00");
    h.adjustment(r6, null, "CO", "29", "800.00");
    long n6 =
        h.denial(
            out.c6,
            null,
            r6,
            ep,
            payer,
            "29",
            "800.00",
            d("2026-05-20"),
            d("2026-01-15"),
            "APPEALED");
    h.appeal(
        n6, out.c6, ep, d("2026-05-20"), d("2026-08-30"), "800.00", "OVERTURNED", "OVERTURNED");

    // C7: a draft never filed: in no report
    long v7 = h.visit(ep, d("2026-06-25"), "BUY_AND_BILL");
    long c7 = h.claim(v7, ep, payer, d("2026-06-25"), "DRAFT", "999.00", "700.00", null);
    h.claimLine(c7, 1, "J1745", null, 10, REMICADE, "999.00", "700.00");
    return out;
  }
}
