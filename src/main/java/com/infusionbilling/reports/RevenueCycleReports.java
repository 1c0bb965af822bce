package com.infusionbilling.reports;

import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.inventory.InventorySource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revenue-cycle reports (issue 18 item 3), each computed in SQL over the per-claim summary
 * {@link ReportClaims} keeps from the report views the owning packages publish (V4_61, V5_60) and
 * over those views themselves ({@code denial_report}, {@code appeal_report}, ...), filtered by
 * {@link ReportFilter}. Every formula is in docs/reports.md; the numbers drill down to the claims,
 * denials and appeals behind them ({@link ReportDrillDowns}).
 */
@Service
public class RevenueCycleReports {
  static final String[] BUCKETS = {"0-30", "31-60", "61-90", "91-120", "120+"};

  /** Claims that are filed, the visit's latest version, and still expected to bring money. */
  static final String OPEN_CLAIMS =
      "c.latest_version = 1 AND c.filed_at IS NOT NULL AND c.status NOT IN ('DRAFT',"
          + " 'SCRUB_FAILED', 'REJECTED', 'CLOSED', 'WRITTEN_OFF')";

  /**
   * The open claims the A/R is made of as of a day: a service after it was no receivable yet (its
   * age would be negative); one argument, the as-of day.
   */
  static final String OPEN_CLAIMS_AS_OF = OPEN_CLAIMS + " AND c.date_of_service <= ?";

  /**
   * The per-claim summary every claim-level figure reads (alias {@code c}): one row per claim
   * version with the claim's own columns (those of {@code claim_report}) and its totals, kept exact
   * by {@link ReportClaims}: {@code remitted} (a posted 835 claim payment exists), {@code paid},
   * {@code payments} (how many paid more than zero), {@code first_paid_on}, {@code settled} (PR
   * plus contractual CO-45 and CO-253), {@code pr}, {@code underpaid}, {@code denials}, {@code
   * denied} (dollars), {@code claim_level} (denials of the whole claim), {@code written_off},
   * {@code line_count} and {@code denied_lines}.
   */
  static final String CLAIMS = " FROM report_claim c";

  /** A claim's balance: charge − payer paid − contractual (CO-45, CO-253) − PR − written off. */
  static final String BALANCE = "c.total_charge - c.paid - c.settled - c.written_off";

  /** First-pass claims the payer adjudicated: version 1, filed, with a posted 835. */
  static final String ADJUDICATED_FIRST_PASS =
      "c.claim_version = 1 AND c.filed_at IS NOT NULL AND c.remitted = 1";

  /** The claim has a denial. */
  static final String HAS_DENIAL = "c.denials > 0";

  /** Clean on first pass: not rejected, no denial, and paid. */
  static final String CLEAN = "c.first_pass_rejected = 0 AND c.denials = 0 AND c.payments > 0";

  static final List<String> AUTHORIZATION_CARCS = List.of("197", "198", "15");

  /** A denial ({@code d}) for a missing or invalid authorization: CO-197, CO-198, CO-15. */
  static final String AUTHORIZATION_DENIAL = "d.carc IN ('197', '198', '15')";

  private final JdbcTemplate jdbc;
  private final InventoryReconciliationService reconciliations;

  public RevenueCycleReports(JdbcTemplate jdbc, InventoryReconciliationService reconciliations) {
    this.jdbc = jdbc;
    this.reconciliations = reconciliations;
  }

  static BigDecimal money(BigDecimal v) {
    return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
  }

  static Double ratio(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return null;
    }
    return part.divide(whole, 4, RoundingMode.HALF_UP).doubleValue();
  }

  static Double ratio(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
            .doubleValue();
  }

  // ---------------------------------------------------------------- A/R

  public record Bucket(String bucket, long claims, BigDecimal balance) {}

  public record AccountsReceivable(
      BigDecimal total,
      long claims,
      BigDecimal chargesLast90Days,
      BigDecimal averageDailyCharges,
      Double daysInAr,
      List<Bucket> aging,
      Double shareOver90) {}

  /** The bucket of a claim's age (as-of day − date of service), as a SQL CASE on {@code c}. */
  static String bucketCase() {
    return "CASE WHEN c.date_of_service >= ? THEN '0-30' WHEN c.date_of_service >= ? THEN '31-60'"
        + " WHEN c.date_of_service >= ? THEN '61-90' WHEN c.date_of_service >= ? THEN '91-120'"
        + " ELSE '120+' END";
  }

  static Object[] bucketArgs(LocalDate asOf) {
    return new Object[] {
      Date.valueOf(asOf.minusDays(30)),
      Date.valueOf(asOf.minusDays(60)),
      Date.valueOf(asOf.minusDays(90)),
      Date.valueOf(asOf.minusDays(120))
    };
  }

  @Transactional(readOnly = true)
  public AccountsReceivable accountsReceivable(ReportFilter filter) {
    Map<String, Bucket> buckets = new LinkedHashMap<>();
    for (String b : BUCKETS) {
      buckets.put(b, new Bucket(b, 0, money(null)));
    }
    var w = filter.where(OPEN_CLAIMS_AS_OF, Date.valueOf(filter.asOf()));
    jdbc.query(
        "SELECT t.bucket, COUNT(*), SUM(t.balance) FROM (SELECT "
            + bucketCase()
            + " AS bucket, "
            + BALANCE
            + " AS balance"
            + CLAIMS
            + w.sql()
            + ") t WHERE t.balance > 0 GROUP BY t.bucket",
        rs -> {
          buckets.put(
              rs.getString(1),
              new Bucket(rs.getString(1), rs.getLong(2), money(rs.getBigDecimal(3))));
        },
        w.params(bucketArgs(filter.asOf())));
    BigDecimal total = BigDecimal.ZERO;
    long claims = 0;
    for (Bucket b : buckets.values()) {
      total = total.add(b.balance());
      claims += b.claims();
    }
    BigDecimal over90 = buckets.get("91-120").balance().add(buckets.get("120+").balance());
    var recent =
        filter.where(
            "c.latest_version = 1 AND c.filed_at IS NOT NULL AND c.date_of_service > ? AND"
                + " c.date_of_service <= ?",
            Date.valueOf(filter.asOf().minusDays(90)),
            Date.valueOf(filter.asOf()));
    BigDecimal charges =
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(c.total_charge), 0)" + CLAIMS + recent.sql(),
            BigDecimal.class,
            recent.params());
    BigDecimal daily = charges.divide(BigDecimal.valueOf(90), 2, RoundingMode.HALF_UP);
    Double days =
        charges.signum() == 0
            ? null
            : total
                .multiply(BigDecimal.valueOf(90))
                .divide(charges, 1, RoundingMode.HALF_UP)
                .doubleValue();
    return new AccountsReceivable(
        money(total),
        claims,
        money(charges),
        daily,
        days,
        List.copyOf(buckets.values()),
        ratio(over90, total));
  }

  // ---------------------------------------------------------------- claim quality

  public record Carc(String carc, String description, long denials, BigDecimal amount) {}

  public record ClaimQuality(
      long adjudicatedClaims,
      long cleanClaims,
      Double cleanClaimRate,
      long deniedClaims,
      Double denialRateByClaims,
      long lines,
      long deniedLines,
      Double denialRateByLines,
      BigDecimal charges,
      BigDecimal deniedDollars,
      Double denialRateByDollars,
      List<Carc> topCarcs,
      long authorizationDenials,
      BigDecimal authorizationDeniedDollars) {}

  @Transactional(readOnly = true)
  public ClaimQuality claimQuality(ReportFilter filter) {
    var adjudicated = filter.where(ADJUDICATED_FIRST_PASS);
    // a line is denied by a denial of the whole claim or of that line (report_claim.denied_lines)
    Map<String, Object> claims =
        jdbc.queryForMap(
            "SELECT COUNT(*) AS adjudicated, COALESCE(SUM(CASE WHEN "
                + CLEAN
                + " THEN 1 ELSE 0 END), 0) AS clean, COALESCE(SUM(CASE WHEN "
                + HAS_DENIAL
                + " THEN 1 ELSE 0 END), 0) AS denied, COALESCE(SUM(c.total_charge), 0) AS charges,"
                + " COALESCE(SUM(c.denied), 0) AS denied_dollars, COALESCE(SUM(c.line_count), 0)"
                + " AS line_count, COALESCE(SUM(c.denied_lines), 0) AS denied_lines"
                + CLAIMS
                + adjudicated.sql(),
            adjudicated.params());
    var all = filter.where("");
    List<Carc> top =
        jdbc.query(
            "SELECT d.carc, MAX(t.description), COUNT(*), SUM(d.amount) FROM denial_report d JOIN"
                + " report_claim c ON c.claim_id = d.claim_id LEFT JOIN carc_text_report t ON"
                + " t.carc = d.carc"
                + all.sql()
                + " GROUP BY d.carc ORDER BY COUNT(*) DESC, SUM(d.amount) DESC, d.carc LIMIT 10",
            (rs, i) ->
                new Carc(
                    rs.getString(1), rs.getString(2), rs.getLong(3), money(rs.getBigDecimal(4))),
            all.params());
    var authorization = filter.where(AUTHORIZATION_DENIAL);
    Map<String, Object> auth =
        jdbc.queryForMap(
            "SELECT COUNT(*) AS n, COALESCE(SUM(d.amount), 0) AS amount FROM denial_report d JOIN"
                + " report_claim c ON c.claim_id = d.claim_id"
                + authorization.sql(),
            authorization.params());
    long adjudicatedClaims = number(claims.get("adjudicated"));
    long clean = number(claims.get("clean"));
    long denied = number(claims.get("denied"));
    long lineCount = number(claims.get("line_count"));
    long deniedLines = number(claims.get("denied_lines"));
    BigDecimal charges = decimal(claims.get("charges"));
    BigDecimal deniedDollars = decimal(claims.get("denied_dollars"));
    return new ClaimQuality(
        adjudicatedClaims,
        clean,
        ratio(clean, adjudicatedClaims),
        denied,
        ratio(denied, adjudicatedClaims),
        lineCount,
        deniedLines,
        ratio(deniedLines, lineCount),
        money(charges),
        money(deniedDollars),
        ratio(deniedDollars, charges),
        top,
        number(auth.get("n")),
        money(decimal(auth.get("amount"))));
  }

  static long number(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }

  static BigDecimal decimal(Object v) {
    if (v == null) {
      return BigDecimal.ZERO;
    }
    return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
  }

  // ---------------------------------------------------------------- lag

  public record Lag(
      long claimsFiled,
      Double averageDaysServiceToClaim,
      long claimsPaid,
      Double averageDaysClaimToPayment) {}

  @Transactional(readOnly = true)
  public Lag lag(ReportFilter filter) {
    var filed = filter.where("c.claim_version = 1 AND c.filed_at IS NOT NULL");
    Map<String, Object> toClaim =
        jdbc.queryForMap(
            "SELECT COUNT(*) AS n, AVG(CAST(TIMESTAMPDIFF(DAY, c.date_of_service, CAST(c.filed_at"
                + " AS DATE)) AS DECIMAL(12,2))) AS days"
                + CLAIMS
                + filed.sql(),
            filed.params());
    var paid =
        filter.where(
            "c.claim_version = 1 AND c.filed_at IS NOT NULL AND c.first_paid_on IS NOT NULL");
    Map<String, Object> toPayment =
        jdbc.queryForMap(
            "SELECT COUNT(*) AS n, AVG(CAST(TIMESTAMPDIFF(DAY, CAST(c.filed_at AS DATE),"
                + " c.first_paid_on) AS DECIMAL(12,2))) AS days"
                + CLAIMS
                + paid.sql(),
            paid.params());
    return new Lag(
        number(toClaim.get("n")),
        days(toClaim.get("days")),
        number(toPayment.get("n")),
        days(toPayment.get("days")));
  }

  static Double days(Object v) {
    return v == null ? null : decimal(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  // ---------------------------------------------------------------- collections

  public record WriteOffReason(String reason, String carc, long writeOffs, BigDecimal amount) {}

  public record Collections(
      BigDecimal expectedAllowed,
      BigDecimal payerPaid,
      BigDecimal patientResponsibility,
      Double netCollectionRate,
      BigDecimal underpaid,
      BigDecimal writtenOff,
      List<WriteOffReason> writeOffs,
      BigDecimal timelyFilingWriteOffs) {}

  @Transactional(readOnly = true)
  public Collections collections(ReportFilter filter) {
    var remitted = filter.where("c.latest_version = 1 AND c.remitted = 1");
    Map<String, Object> m =
        jdbc.queryForMap(
            "SELECT COALESCE(SUM(c.total_expected_allowed), 0) AS expected,"
                + " COALESCE(SUM(c.paid), 0) AS paid, COALESCE(SUM(c.pr), 0) AS pr"
                + CLAIMS
                + remitted.sql(),
            remitted.params());
    // expected allowed above the payer's allowed, per 835 service line (report_claim.underpaid)
    var claims = filter.where("");
    BigDecimal underpaid =
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(c.underpaid), 0)" + CLAIMS + claims.sql(),
            BigDecimal.class,
            claims.params());
    var all = filter.where("");
    List<WriteOffReason> reasons =
        jdbc.query(
            "SELECT w.reason, w.carc, COUNT(*), SUM(w.amount) FROM write_off_report w JOIN"
                + " report_claim c ON c.claim_id = w.claim_id"
                + all.sql()
                + " GROUP BY w.reason, w.carc ORDER BY SUM(w.amount) DESC, w.reason",
            (rs, i) ->
                new WriteOffReason(
                    rs.getString(1), rs.getString(2), rs.getLong(3), money(rs.getBigDecimal(4))),
            all.params());
    BigDecimal written = BigDecimal.ZERO;
    BigDecimal timely = BigDecimal.ZERO;
    for (WriteOffReason r : reasons) {
      written = written.add(r.amount());
      if ("29".equals(r.carc())) {
        timely = timely.add(r.amount());
      }
    }
    BigDecimal expected = decimal(m.get("expected"));
    BigDecimal paid = decimal(m.get("paid"));
    BigDecimal pr = decimal(m.get("pr"));
    return new Collections(
        money(expected),
        money(paid),
        money(pr),
        ratio(paid.add(pr), expected),
        money(underpaid),
        money(written),
        reasons,
        money(timely));
  }

  // ---------------------------------------------------------------- appeals

  public record Appeals(
      long atRisk,
      BigDecimal atRiskAmount,
      long decided,
      long overturned,
      Double overturnRate,
      BigDecimal recovered) {}

  @Transactional(readOnly = true)
  public Appeals appeals(ReportFilter filter) {
    var all = filter.where("");
    Map<String, Object> m =
        jdbc.queryForMap(
            "SELECT COALESCE(SUM(CASE WHEN a.status = 'OPEN' AND a.deadline >= ? AND a.deadline <="
                + " ? THEN 1 ELSE 0 END), 0) AS at_risk, COALESCE(SUM(CASE WHEN a.status = 'OPEN'"
                + " AND a.deadline >= ? AND a.deadline <= ? THEN a.amount_in_controversy ELSE 0"
                + " END), 0) AS at_risk_amount, COALESCE(SUM(CASE WHEN a.status IN ('OVERTURNED',"
                + " 'UPHELD') THEN 1 ELSE 0 END), 0) AS decided, COALESCE(SUM(CASE WHEN a.status ="
                + " 'OVERTURNED' THEN 1 ELSE 0 END), 0) AS overturned, COALESCE(SUM(CASE WHEN"
                + " a.status = 'OVERTURNED' THEN a.amount_in_controversy ELSE 0 END), 0) AS"
                + " recovered FROM appeal_report a JOIN report_claim c ON c.claim_id = a.claim_id"
                + all.sql(),
            all.params(
                Date.valueOf(filter.asOf()),
                Date.valueOf(filter.asOf().plusDays(14)),
                Date.valueOf(filter.asOf()),
                Date.valueOf(filter.asOf().plusDays(14))));
    long decided = number(m.get("decided"));
    long overturned = number(m.get("overturned"));
    return new Appeals(
        number(m.get("at_risk")),
        money(decimal(m.get("at_risk_amount"))),
        decided,
        overturned,
        ratio(overturned, decided),
        money(decimal(m.get("recovered"))));
  }

  // ---------------------------------------------------------------- drug economics

  public record DrugMargin(
      String ndc11,
      String hcpcs,
      long unitsBilled,
      BigDecimal charges,
      BigDecimal paid,
      BigDecimal acquisitionCost,
      BigDecimal margin,
      BigDecimal patientResponsibility,
      BigDecimal marginWithPatientResponsibility,
      long jwUnits,
      BigDecimal jwCharges,
      Double jwShare) {}

  public record Inventory(
      Long reconciliationId,
      LocalDate asOf,
      BigDecimal varianceUnits,
      BigDecimal varianceDollars,
      BigDecimal expiredDollars,
      BigDecimal dispensedNotBilledUnits) {}

  public record DrugEconomics(
      List<DrugMargin> drugs, BigDecimal jwCharges, Double jwShare, Inventory inventory) {}

  @Transactional(readOnly = true)
  public DrugEconomics drugEconomics(ReportFilter filter) {
    // the drug cost of the doses the payer has adjudicated (latest filed claims with a posted
    // 835), the same doses the payments come from: a dose still waiting for its 835 has no margin
    // yet, rather than a loss of its whole cost
    var billed = filter.where("c.latest_version = 1 AND c.filed_at IS NOT NULL AND c.remitted = 1");
    Map<String, BigDecimal> cost = new HashMap<>();
    jdbc.query(
        "SELECT d.ndc, SUM(d.cost) FROM inventory_dispense_report d WHERE d.source ="
            + " 'BUY_AND_BILL' AND d.visit_id IN (SELECT c.visit_id"
            + CLAIMS
            + billed.sql()
            + ") GROUP BY d.ndc",
        rs -> {
          cost.put(rs.getString(1), rs.getBigDecimal(2));
        },
        billed.params());
    // one report_claim_drug row per claim version and NDC (alias c, with the claim's filter
    // columns)
    var drugLines = filter.where("c.latest_version = 1 AND c.filed_at IS NOT NULL");
    List<DrugMargin> drugs = new ArrayList<>();
    BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
    jdbc.query(
        "SELECT c.ndc, MIN(c.code), SUM(c.units), COALESCE(SUM(c.charge), 0),"
            + " COALESCE(SUM(c.paid), 0), SUM(c.jw_units), COALESCE(SUM(c.jw_charge), 0),"
            + " COALESCE(SUM(c.pr), 0) FROM report_claim_drug c"
            + drugLines.sql()
            + " GROUP BY c.ndc ORDER BY c.ndc",
        rs -> {
          BigDecimal paid = money(rs.getBigDecimal(5));
          BigDecimal acquisition = money(cost.get(rs.getString(1)));
          BigDecimal charges = money(rs.getBigDecimal(4));
          BigDecimal jw = money(rs.getBigDecimal(7));
          BigDecimal patient = money(rs.getBigDecimal(8));
          totals[0] = totals[0].add(charges);
          totals[1] = totals[1].add(jw);
          drugs.add(
              new DrugMargin(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getLong(3),
                  charges,
                  paid,
                  acquisition,
                  paid.subtract(acquisition),
                  patient,
                  paid.add(patient).subtract(acquisition),
                  rs.getLong(6),
                  jw,
                  ratio(jw, charges)));
        },
        drugLines.params());
    return new DrugEconomics(drugs, money(totals[1]), ratio(totals[1], totals[0]), inventory());
  }

  Inventory inventory() {
    var latest = reconciliations.latest();
    if (latest.isEmpty()) {
      return new Inventory(null, null, BigDecimal.ZERO, money(null), money(null), BigDecimal.ZERO);
    }
    BigDecimal units = BigDecimal.ZERO;
    BigDecimal dollars = BigDecimal.ZERO;
    BigDecimal expired = BigDecimal.ZERO;
    BigDecimal notBilled = BigDecimal.ZERO;
    for (var finding : latest.get().findings()) {
      units = units.add(finding.varianceUnits());
      dollars = dollars.add(finding.varianceDollars());
      expired = expired.add(finding.expiredDollars());
      if (finding.source() == InventorySource.BUY_AND_BILL
          && finding.varianceUnits().signum() > 0) {
        notBilled = notBilled.add(finding.varianceUnits());
      }
    }
    return new Inventory(
        latest.get().id(), latest.get().asOf(), units, money(dollars), money(expired), notBilled);
  }
}
