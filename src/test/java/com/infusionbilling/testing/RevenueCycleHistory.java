package com.infusionbilling.testing;

import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.inventory.InventoryReconciliationService.Reconciliation;
import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Fourteen weeks of a buy-and-bill practice's revenue-cycle history (issue 18 item 5): infliximab
 * and rituximab visits with their claims and 835s (the last two weeks' not answered yet, nor two
 * older claims of 10 and 14 weeks ago), a CO-197 denial whose appeal is due within the week, a
 * CO-16 administration line appealed, upheld and written off, a CO-29 denial overturned (the claim
 * was filed in time) and paid, a drug allowed at last quarter's rate (underpaid), drug lots (one of
 * them expired on the shelf, one patient-assistance lot) and a dose dispensed but billed short,
 * then one reconciliation. Dates are relative to {@code today}. The demo profile seeds it for its
 * payers ({@code demo.RevenueCycleDemoData}); the Revenue and Inventory browser test seeds it for a
 * payer of its own, so its screenshots show the same realistic figures and no other test's rows.
 *
 * <p>The money is consistent the way a buy-and-bill practice's is (issue 18 follow-up: the first
 * version paid 80 % of charges against 75 % expected, 104.9 % net collection, and drug margins
 * below zero): every claim's charge and expected allowed are the sums of its lines; each 835 line
 * pays the allowed amount less the patient's coinsurance (PR-2: Medicare 20 %, commercial 10 %)
 * and, for Medicare, less 2 % sequestration of the payer's part (CO-253), the rest of the charge
 * being contractual (CO-45), so a paid claim's balance is zero. The prices are the app's own seed
 * figures (the second follow-up: the lots cost about four times the seeded ASP, so the demo's
 * infliximab lost money): charges from the chargemaster (V2_6), Medicare (a payer ID starting with
 * MEDICARE) at the seeded ASP file's payment limit, ASP + 6 % (V2_3), and the Part B administration
 * rate (V2_4), the commercial contracts at ASP + 40 %, and the lots bought at ASP less a 2 %
 * prompt-pay discount. On its cost a Medicare dose then earns about 6 % once its coinsurance is
 * collected and loses about 15 % on the payer's payment alone (what the Revenue page's "Margin"
 * counts), a commercial dose earns about 29 % (43 % with the patient's share): net collection comes
 * out in the 90s and both drugs earn a margin on the adjudicated doses.
 */
@Component
public class RevenueCycleHistory {
  public static final String REMICADE = "57894003001";
  public static final String RITUXAN = "50242005121";

  private final EpisodeFixtures episodes;
  private final RevenueCycleFixtures h;
  private final InventoryService inventory;
  private final InventoryReconciliationService reconciliations;

  public RevenueCycleHistory(
      EpisodeFixtures episodes,
      RevenueCycleFixtures h,
      InventoryService inventory,
      InventoryReconciliationService reconciliations) {
    this.episodes = episodes;
    this.h = h;
    this.inventory = inventory;
    this.reconciliations = reconciliations;
  }

  /** What was seeded, for the assertions of a test. */
  public static class Seeded {
    /** A claim: ID, payer, date of service and charge. */
    public record Claim(long id, String payer, LocalDate dateOfService, BigDecimal charge) {}

    public String invoice;
    public String lotExpired;
    public String lotShortBilled;
    public final List<Long> visits = new ArrayList<>();
    public final List<Long> claims = new ArrayList<>();

    /** The claim denied CO-197 (no authorization), still in A/R with its appeal at risk. */
    public Claim authorizationDenial;

    public Reconciliation reconciliation;
  }

  /** The supplier invoice of a history's lots. */
  public static String invoice(String tag) {
    return tag + "-INV-4471";
  }

  /**
   * Seeds the history once per {@code tag} (which names its invoice, lots and patient), its visits
   * dealt to {@code payers} in turn, as of {@code today}: one patient's three infusions a week.
   */
  public Seeded seed(String tag, List<String> payers, LocalDate today) {
    return seed(tag, payers, today, 1);
  }

  /**
   * {@link #seed(String, List, LocalDate)} for {@code patients} patients (an episode each), each
   * with three infusions a week in the last eight weeks (two infliximab, one rituximab), the lots
   * bought to match. The denials, the underpayment and the dose billed short stay one each, so with
   * more patients they are the small share of the claims they are in practice.
   */
  public Seeded seed(String tag, List<String> payers, LocalDate today, int patients) {
    Seeded out = new Seeded();
    String invoice = invoice(tag);
    String lotInfliximab = "RMC-" + tag + "-A";
    String lotExpired = "RTX-" + tag + "-X";
    String lotRituximab = "RTX-" + tag + "-B";
    String lotAssistance = "RMC-PAP-" + tag;
    out.invoice = invoice;
    out.lotExpired = lotExpired;
    out.lotShortBilled = lotRituximab;
    inventory.receive(
        List.of(
            receipt(
                invoice,
                REMICADE,
                lotInfliximab,
                today.plusMonths(14),
                64 * patients + 16,
                INFLIXIMAB.vialCost,
                today.minusDays(120),
                InventorySource.BUY_AND_BILL),
            receipt(
                invoice,
                RITUXAN,
                lotExpired,
                today.minusDays(10),
                6,
                RITUXIMAB.vialCost,
                today.minusDays(200),
                InventorySource.BUY_AND_BILL),
            receipt(
                invoice,
                RITUXAN,
                lotRituximab,
                today.plusMonths(9),
                32 * patients + 8,
                RITUXIMAB.vialCost,
                today.minusDays(60),
                InventorySource.BUY_AND_BILL),
            receipt(
                invoice,
                REMICADE,
                lotAssistance,
                today.plusDays(20),
                8,
                "0.00",
                today.minusDays(45),
                InventorySource.PATIENT_ASSISTANCE)),
        true,
        "history");

    long[] patientEpisodes = new long[patients];
    for (int p = 0; p < patients; p++) {
      patientEpisodes[p] = episodes.episode("COMMERCIAL_ACME", tag + "-RC-" + (p + 1)).getId();
    }
    // three visits a week per patient for the last eight weeks, and one in weeks 10 and 14 whose
    // claims the payer has not answered yet (the A/R's 61-90 and 91-120 days)
    for (int week : new int[] {14, 10, 8, 7, 6, 5, 4, 3, 2, 1}) {
      for (int i = 0; i < (week > 8 ? 1 : 3 * patients); i++) {
        LocalDate dos = today.minusWeeks(week).plusDays(i % 3);
        String payer = payers.get((week + i) % payers.size());
        boolean medicare = payer.startsWith("MEDICARE");
        boolean infliximab = i % 3 != 2;
        long episode = patientEpisodes[i / 3];
        Drug drug = infliximab ? INFLIXIMAB : RITUXIMAB;
        long visit = h.visit(episode, dos, "BUY_AND_BILL");
        out.visits.add(visit);
        h.dispense(
            visit,
            drug.hcpcs,
            drug.ndc,
            infliximab ? lotInfliximab : lotRituximab,
            infliximab ? today.plusMonths(14) : today.plusMonths(9),
            4,
            "370",
            "30",
            "BUY_AND_BILL",
            dos);
        // the first patient's most recent rituximab dose was billed 10 units short: the
        // reconciliation's variance
        int units = !infliximab && week == 1 && i == 2 ? 30 : 37;
        // each line: charge (chargemaster), expected allowed (the payer's rate x units)
        BigDecimal[][] lines = {
          {drug.charge.multiply(BigDecimal.valueOf(units)), drug.allowed(medicare, units)},
          {drug.charge.multiply(BigDecimal.valueOf(3)), drug.allowed(medicare, 3)},
          {ADMIN_CHARGE, medicare ? ADMIN_MEDICARE : ADMIN_COMMERCIAL}
        };
        BigDecimal charge = lines[0][0].add(lines[1][0]).add(lines[2][0]);
        BigDecimal expected = lines[0][1].add(lines[1][1]).add(lines[2][1]);
        LocalDate filed = dos.plusDays(2 + (week % 3));
        boolean paid = week >= 3 && week <= 8;
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
        out.claims.add(claim);
        if (denied197) {
          out.authorizationDenial = new Seeded.Claim(claim, payer, dos, charge);
        }
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
    for (long visit : out.visits) {
      inventory.recordDispensesOfVisit(visit);
    }
    out.reconciliation = reconciliations.reconcile(tag + "-" + today, "ON_DEMAND", today);
    return out;
  }

  public static NewReceipt receipt(
      String invoice,
      String ndc,
      String lot,
      LocalDate expiry,
      int quantity,
      String cost,
      LocalDate on,
      InventorySource source) {
    return new NewReceipt(
        ndc, lot, expiry, BigDecimal.valueOf(quantity), new BigDecimal(cost), invoice, on, source);
  }

  /**
   * A drug's prices per HCPCS unit (10 mg) and the cost of its 100 mg vial: the chargemaster charge
   * (V2_6), the allowed amounts (Medicare Part B's payment limit ASP + 6 % from the seeded ASP file
   * V2_3, a commercial contract at ASP + 40 %), and the vial bought at ASP less 2 %. All of them
   * illustrative, like the seed figures they come from.
   */
  record Drug(
      String hcpcs,
      String ndc,
      BigDecimal charge,
      BigDecimal medicare,
      BigDecimal commercial,
      String vialCost) {
    BigDecimal allowed(boolean isMedicare, int units) {
      return (isMedicare ? medicare : commercial).multiply(BigDecimal.valueOf(units));
    }
  }

  /**
   * Infliximab: $98.00 charged; Medicare $35.00 = ASP $33.0189 + 6 %; commercial $33.0189 x 1.40 =
   * $46.23; a vial 10 x $33.0189 x 0.98 = $323.58.
   */
  static final Drug INFLIXIMAB =
      new Drug(
          "J1745",
          REMICADE,
          new BigDecimal("98.00"),
          new BigDecimal("35.00"),
          new BigDecimal("46.23"),
          "323.58");

  /**
   * Rituximab: $224.00 charged; Medicare $80.00 = ASP $75.4717 + 6 %; commercial $75.4717 x 1.40 =
   * $105.66; a vial 10 x $75.4717 x 0.98 = $739.62.
   */
  static final Drug RITUXIMAB =
      new Drug(
          "J9312",
          RITUXAN,
          new BigDecimal("224.00"),
          new BigDecimal("80.00"),
          new BigDecimal("105.66"),
          "739.62");

  /**
   * 96413 (first hour of chemotherapy infusion): the chargemaster's charge, Part B's seeded rate
   * and a commercial rate.
   */
  static final BigDecimal ADMIN_CHARGE = new BigDecimal("560.00");

  static final BigDecimal ADMIN_MEDICARE = new BigDecimal("140.00");
  static final BigDecimal ADMIN_COMMERCIAL = new BigDecimal("200.00");

  static BigDecimal money2(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  static String money(BigDecimal v) {
    return money2(v).toPlainString();
  }
}
