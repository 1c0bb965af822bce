package com.infusionbilling.reports;

import com.infusionbilling.dashboard.DashboardService;
import com.infusionbilling.worklist.WorklistBenchmark;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Revenue-cycle report speed with a realistic history (docs/benchmarks.md): starts the application
 * on an in-memory H2 database (or, with a fourth argument, on that MariaDB database, recreated),
 * seeds C claims (default 100,000; two lines each, dates of service over the last 400 days, five
 * payers, two drugs) of which 70 % have a posted 835 with its CAS adjustments, D denials (default
 * 20,000) with an appeal for every fourth and a write-off for every tenth, then times every report
 * unfiltered and filtered (payer + month), two drill-downs and the SLA dashboard. Prints
 * p50/p95/max; asserts nothing.
 */
public final class ReportsBenchmark {
  static final String[] PAYERS = {
    "COMMERCIAL_ACME", "MEDICARE_PART_B", "COMMERCIAL_SUMMIT", "MEDICAID_EXAMPLE", "MA_EXAMPLE"
  };

  public static void main(String[] args) throws Exception {
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int denials = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    String mariaDb = args.length > 3 ? args[3] : null;
    try (ConfigurableApplicationContext ctx =
        mariaDb == null
            // every call is measured, not H2's reuse of the previous identical query's result
            ? WorklistBenchmark.start("target/reports-benchmark", ";OPTIMIZE_REUSE_RESULTS=FALSE")
            : WorklistBenchmark.startOn(
                "target/reports-benchmark", recreateMariaDb(mariaDb), "root")) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      WorklistBenchmark.seedEpisodes(jdbc, 1);
      long episode = jdbc.queryForObject("SELECT MAX(id) FROM episode", Long.class);
      seed(jdbc, episode, claims, denials);
      System.out.printf(
          "seeded %d claims and %d denials in %.1f s%n",
          claims, denials, WorklistBenchmark.secs(t0));

      RevenueCycleReports reports = ctx.getBean(RevenueCycleReports.class);
      ReportDrillDowns drill = ctx.getBean(ReportDrillDowns.class);
      ReportClaims summary = ctx.getBean(ReportClaims.class);
      // the rows were written by JDBC, not by the owners' entities: the first catch-up builds the
      // per-claim summary of all of them (once; later calls find nothing to do)
      long t1 = System.nanoTime();
      summary.catchUp();
      System.out.printf(
          "built the per-claim summary of %d claims in %.1f s%n",
          claims, WorklistBenchmark.secs(t1));
      LocalDate today = LocalDate.now();
      // a different as-of day on each call, so H2 cannot answer from the previous identical query
      AtomicInteger call = new AtomicInteger();
      Function<Boolean, ReportFilter> filter =
          narrow -> {
            // as ReportsController does before every report: catch up with committed changes
            summary.catchUp();
            return ReportFilter.of(
                narrow ? "MEDICARE_PART_B" : null,
                null,
                narrow ? today.minusMonths(3).toString().substring(0, 7) : null,
                today.minusDays(call.incrementAndGet() % 30));
          };
      for (boolean narrow : List.of(false, true)) {
        String which = narrow ? "payer + month" : "all claims";
        WorklistBenchmark.report(
            "A/R, " + which, rounds, () -> reports.accountsReceivable(filter.apply(narrow)));
        WorklistBenchmark.report(
            "claim quality, " + which, rounds, () -> reports.claimQuality(filter.apply(narrow)));
        WorklistBenchmark.report("lag, " + which, rounds, () -> reports.lag(filter.apply(narrow)));
        WorklistBenchmark.report(
            "collections, " + which, rounds, () -> reports.collections(filter.apply(narrow)));
        WorklistBenchmark.report(
            "appeals, " + which, rounds, () -> reports.appeals(filter.apply(narrow)));
        WorklistBenchmark.report(
            "drug economics, " + which, rounds, () -> reports.drugEconomics(filter.apply(narrow)));
      }
      WorklistBenchmark.report(
          "drill-down A/R 120+ (first 500)",
          rounds,
          () -> drill.arBucket(filter.apply(false), "120+"));
      WorklistBenchmark.report(
          "drill-down first-pass denied claims (first 500)",
          rounds,
          () -> drill.firstPass(filter.apply(false), "denied"));
      WorklistBenchmark.report(
          "drill-down claims of an NDC (first 500)",
          rounds,
          () -> drill.ofNdc(filter.apply(false), "50242005121"));
      WorklistBenchmark.report(
          "drill-down denials CARC 197 (first 500)",
          rounds,
          () -> drill.denials(filter.apply(false), "197", false));
      WorklistBenchmark.report(
          "drill-down appeals at risk (first 500)",
          rounds,
          () -> drill.appealsAtRisk(filter.apply(false)));
      DashboardService dashboard = ctx.getBean(DashboardService.class);
      WorklistBenchmark.report("SLA dashboard (all panels)", rounds, dashboard::dashboard);
    }
  }

  /**
   * Drops and creates {@code database} on the MariaDB at 127.0.0.1:3306 (root, empty password, as
   * .ci/run uses it) and returns its JDBC URL, so every run starts from the same empty schema.
   */
  static String recreateMariaDb(String database) throws java.sql.SQLException {
    if (!database.matches("[A-Za-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("database: letters, digits and _ only: " + database);
    }
    String server = "jdbc:mysql://127.0.0.1:3306/";
    String options = "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
    try (var connection = DriverManager.getConnection(server + options, "root", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
      statement.execute(
          "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    System.out.printf("database: MariaDB %s (recreated)%n", database);
    return server + database + options;
  }

  static void seed(JdbcTemplate jdbc, long episode, int claims, int denials) {
    LocalDate today = LocalDate.now();
    Timestamp now = Timestamp.from(Instant.now());
    int batch = 2_000;
    for (int from = 0; from < claims; from += batch) {
      int to = Math.min(claims, from + batch);
      List<Object[]> visits = new ArrayList<>();
      for (int i = from; i < to; i++) {
        visits.add(
            new Object[] {
              episode,
              Timestamp.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(60L * i)),
              now,
              now
            });
      }
      jdbc.batchUpdate(
          "INSERT INTO visit (episode_id, scheduled_start, site_of_care, drug_source, status,"
              + " bill_drug, created_by, created_at, updated_at) VALUES (?, ?, 'OFFICE',"
              + " 'BUY_AND_BILL', 'BILLED', TRUE, 'bench', ?, ?)",
          visits);
      long firstVisit =
          jdbc.queryForObject("SELECT MAX(id) FROM visit", Long.class) - (to - from) + 1;
      List<Object[]> rows = new ArrayList<>();
      for (int i = from; i < to; i++) {
        LocalDate dos = today.minusDays(i % 400);
        boolean paid = i % 10 < 7;
        rows.add(
            new Object[] {
              firstVisit + (i - from),
              episode,
              "BENCH-PCN-" + i,
              PAYERS[i % PAYERS.length],
              Date.valueOf(dos),
              paid ? "PAID" : "ACKNOWLEDGED",
              Date.valueOf(dos.plusDays(365)),
              new BigDecimal("5000.00"),
              new BigDecimal("3600.00"),
              Timestamp.valueOf(dos.plusDays(3).atStartOfDay()),
              now
            });
      }
      jdbc.batchUpdate(
          "INSERT INTO claim (visit_id, episode_id, version, frequency_code, patient_control_number,"
              + " claim_type, payer_id, site_of_care, date_of_service, diagnosis_codes, status,"
              + " filing_deadline, total_charge, total_expected_allowed, submission_attempt,"
              + " filed_at, created_at, updated_at) VALUES (?, ?, 1, '1', ?, 'PROFESSIONAL', ?,"
              + " 'OFFICE', ?, 'K50.90', ?, ?, ?, ?, 1, ?, ?, ?)",
          rows.stream()
              .map(
                  r ->
                      new Object[] {
                        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[10]
                      })
              .toList());
      long firstClaim =
          jdbc.queryForObject("SELECT MAX(id) FROM claim", Long.class) - (to - from) + 1;
      List<Object[]> lines = new ArrayList<>();
      for (int i = from; i < to; i++) {
        long claim = firstClaim + (i - from);
        boolean infliximab = i % 3 != 0;
        lines.add(
            new Object[] {
              claim,
              1,
              claim + "-1",
              infliximab ? "J1745" : "J9312",
              null,
              40,
              infliximab ? "57894003001" : "50242005121",
              new BigDecimal("4500.00"),
              new BigDecimal("3200.00")
            });
        lines.add(
            new Object[] {
              claim,
              2,
              claim + "-2",
              "96413",
              null,
              1,
              null,
              new BigDecimal("500.00"),
              new BigDecimal("400.00")
            });
      }
      jdbc.batchUpdate(
          "INSERT INTO claim_line (claim_id, line_number, line_control_number, code, modifiers,"
              + " units, ndc, charge, expected_allowed, diagnosis_pointers) VALUES (?, ?, ?, ?, ?,"
              + " ?, ?, ?, ?, '1')",
          lines);
      List<Object[]> remittances = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (i % 10 < 7) {
          remittances.add(
              new Object[] {
                "BENCH-TRN-" + i,
                PAYERS[i % PAYERS.length],
                new BigDecimal("2800.00"),
                Date.valueOf(today.minusDays(i % 400).plusDays(20)),
                now
              });
        }
      }
      jdbc.batchUpdate(
          "INSERT INTO remittance (trace_number, payer_id, payment_amount, payment_method,"
              + " payment_date, received_at) VALUES (?, ?, ?, 'ACH', ?, ?)",
          remittances);
      long firstRemittance =
          jdbc.queryForObject("SELECT MAX(id) FROM remittance", Long.class)
              - remittances.size()
              + 1;
      List<Object[]> rcs = new ArrayList<>();
      int k = 0;
      for (int i = from; i < to; i++) {
        if (i % 10 < 7) {
          rcs.add(
              new Object[] {
                firstRemittance + k++,
                firstClaim + (i - from),
                "BENCH-PCN-" + i,
                new BigDecimal("5000.00"),
                new BigDecimal("2800.00"),
                "bench-" + i,
                now
              });
        }
      }
      jdbc.batchUpdate(
          "INSERT INTO remittance_claim (remittance_id, sequence_number, claim_id,"
              + " patient_control_number, status_code, charge, paid, dedup_key, posted_at,"
              + " posting_outcome) VALUES (?, 1, ?, ?, '1', ?, ?, ?, ?, 'POSTED')",
          rcs);
      long firstRc =
          jdbc.queryForObject("SELECT MAX(id) FROM remittance_claim", Long.class) - rcs.size() + 1;
      List<Object[]> cas = new ArrayList<>();
      for (int j = 0; j < rcs.size(); j++) {
        cas.add(new Object[] {firstRc + j, "CO", "45", new BigDecimal("1400.00")});
        cas.add(new Object[] {firstRc + j, "PR", "2", new BigDecimal("700.00")});
      }
      jdbc.batchUpdate(
          "INSERT INTO adjustment (remittance_claim_id, group_code, carc, amount) VALUES (?, ?, ?, ?)",
          cas);
    }
    // denials on paid claims (a line each), appeals and write-offs
    List<Long> paidClaims =
        jdbc.queryForList(
            "SELECT claim_id FROM remittance_claim WHERE dedup_key LIKE 'bench-%' ORDER BY id",
            Long.class);
    String[] carcs = {"197", "16", "50", "97", "29", "4"};
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(denials, paidClaims.size()); i++) {
      long claim = paidClaims.get(i);
      rows.add(
          new Object[] {
            claim,
            claim,
            claim,
            carcs[i % carcs.length],
            new BigDecimal("500.00"),
            Date.valueOf(today.minusDays(i % 300)),
            episode,
            PAYERS[i % PAYERS.length],
            Date.valueOf(today.minusDays(i % 300 + 20)),
            now,
            now
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO denial (claim_id, line_key, remittance_claim_id, group_code, carc, amount,"
            + " remittance_date, episode_id, payer_id, payer_type, claim_type, line_kind,"
            + " authorization_on_file, abn_on_file, jw_jz_on_line, date_of_service,"
            + " days_since_service, status, created_at, updated_at) SELECT ?, ?, rc.id, 'CO', ?, ?,"
            + " ?, ?, ?, 'COMMERCIAL', '837P', 'ADMINISTRATION', TRUE, FALSE, FALSE, ?, 20, 'OPEN',"
            + " ?, ? FROM remittance_claim rc WHERE rc.claim_id = ?",
        rows.stream()
            .map(r -> new Object[] {r[0], 0, r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[2]})
            .toList());
    jdbc.update(
        "INSERT INTO appeal (kind, denial_id, claim_id, episode_id, payer_type, appeal_level,"
            + " level_name, decision_date, deadline, deadline_basis, decision_days,"
            + " amount_in_controversy, minimum_amount, status, created_at, updated_at, subject_key)"
            + " SELECT 'CLAIM', d.id, d.claim_id, d.episode_id, 'COMMERCIAL', 1, 'Reconsideration',"
            + " d.remittance_date, d.remittance_date, 'bench', 30, d.amount, 0, CASE WHEN MOD(d.id,"
            + " 3) = 0 THEN 'OVERTURNED' WHEN MOD(d.id, 3) = 1 THEN 'UPHELD' ELSE 'OPEN' END, ?,"
            + " ?, CONCAT('bench-', d.id) FROM denial d WHERE MOD(d.id, 4) = 0",
        now,
        now);
    jdbc.update(
        "INSERT INTO write_off (denial_id, claim_id, amount, reason, approval_required,"
            + " created_at) SELECT d.id, d.claim_id, d.amount, 'Not worth appealing', FALSE, ?"
            + " FROM denial d WHERE MOD(d.id, 10) = 1",
        now);
  }
}
