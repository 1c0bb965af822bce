package com.infusionbilling.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.denial.DenialActions;
import com.infusionbilling.remittance.RemittanceClaim;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.ReportDataSet;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-claim summary follows changes made through the owners' services (their entities publish
 * the change events; no fixture tells the reports anything): the next report counts them.
 */
@ApiTest
class ReportClaimsTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Autowired MockMvc mvc;
  @Autowired ReportDataSet dataSet;
  @Autowired JdbcTemplate jdbc;
  @Autowired DenialActions denials;
  @Autowired ClaimService claims;
  @Autowired ReportClaims summary;
  @Autowired EntityManager entities;
  @Autowired PlatformTransactionManager transactions;
  TransactionTemplate newTransaction;

  @BeforeEach
  void transactions() {
    newTransaction = new TransactionTemplate(transactions);
  }

  MockHttpServletRequestBuilder report(String payer, String path) {
    return get(path).param("payer", payer).param("asOf", AS_OF.toString());
  }

  @Test
  void aWriteOffAndAStatusChangeThroughTheOwnersShowInTheNextReport() throws Exception {
    var data = dataSet.seed("RPC_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    mvc.perform(report(data.payer, "/api/reports/ar"))
        .andExpect(jsonPath("$.total").value(7300.00))
        .andExpect(jsonPath("$.claims").value(4));

    // C3's CO-197 denial (3,000) written off by the denial package: C3 leaves the A/R
    long denial =
        jdbc.queryForObject("SELECT id FROM denial WHERE claim_id = ?", Long.class, data.c3);
    denials.writeOff(denial, "authorization never obtained", "manager");
    // C1 appealed by the claim package: a status change flushed only when its transaction commits
    claims.appealed(data.c1, 999_999L, "test");

    mvc.perform(report(data.payer, "/api/reports/ar"))
        .andExpect(jsonPath("$.total").value(4300.00))
        .andExpect(jsonPath("$.claims").value(3));
    mvc.perform(report(data.payer, "/api/reports/collections"))
        .andExpect(jsonPath("$.writtenOff").value(3300.00));
    mvc.perform(report(data.payer, "/api/reports/ar/claims").param("bucket", "0-30"))
        .andExpect(jsonPath("$[*].status", Matchers.contains("APPEALED")));
  }

  /**
   * Every summary row equals its recomputation from the owners' views: whatever earlier tests wrote
   * through the owners' services (in the full suite, every end-to-end flow) was noted. Claims
   * changed after the catch-up (a process still running) are left out: they have a pending note.
   */
  @Test
  void everySummaryRowEqualsItsRecomputation() {
    dataSet.seed("RPX_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    summary.catchUp();
    assertThat(summaryRowsEqualTheirRecomputation(null)).isGreaterThanOrEqualTo(7);
    // C1, C2, C3, C4, C6 and C7 have a drug line
    assertThat(drugRowsEqualTheirRecomputation(null)).isGreaterThanOrEqualTo(6);
  }

  /**
   * Nobody asks for a report: the catch-up the write-off's commit started in the background
   * recomputes C3 (without it the row would wait for the next report request).
   */
  @Test
  void aCommittedChangeIsCaughtUpInTheBackground() {
    var data = dataSet.seed("RPB_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    summary.catchUp();
    long denial =
        jdbc.queryForObject("SELECT id FROM denial WHERE claim_id = ?", Long.class, data.c3);
    denials.writeOff(denial, "authorization never obtained", "manager");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.queryForObject(
                    "SELECT written_off FROM report_claim WHERE claim_id = ?",
                    BigDecimal.class,
                    data.c3),
            writtenOff -> writtenOff.compareTo(new BigDecimal("3000")) == 0);
  }

  /**
   * A catch-up reads the owners' rows without locking them, so a claim another transaction is
   * updating does not hold it up (at MySQL/MariaDB's default isolation its INSERT ... SELECT took
   * shared locks on every claim row it read, waited here until the lock timeout, and deadlocked
   * with postings once catch-ups ran in the background). H2 never locks a read row, so there this
   * passes either way; the suite's MariaDB run is the one that can fail.
   */
  @Test
  void aCatchUpDoesNotWaitForAClaimAnotherTransactionIsUpdating() throws Exception {
    var data = dataSet.seed("RPL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    summary.catchUp();
    try (java.sql.Connection other = jdbc.getDataSource().getConnection()) {
      other.setAutoCommit(false);
      try (var update =
          other.prepareStatement("UPDATE claim SET updated_at = updated_at WHERE id = ?")) {
        update.setLong(1, data.c1);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      jdbc.update("INSERT INTO report_claim_change (claim_id) VALUES (?)", data.c1);
      var catchUp = java.util.concurrent.CompletableFuture.runAsync(summary::catchUp);
      try {
        catchUp.get(10, java.util.concurrent.TimeUnit.SECONDS);
      } finally {
        other.rollback();
      }
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM report_claim_change WHERE claim_id = ?",
                Integer.class,
                data.c1))
        .isZero();
  }

  /**
   * A payment re-matched to another claim (through the remittance entity, as a correction would)
   * leaves the claim it was matched to: both claims' rows are recomputed, not only the new one's.
   */
  @Test
  void aPaymentReMatchedToAnotherClaimRecomputesBothClaims() throws Exception {
    var data = dataSet.seed("RPM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    mvc.perform(report(data.payer, "/api/reports/collections"))
        .andExpect(jsonPath("$.netCollectionRate").value(0.4));
    long payment =
        jdbc.queryForObject(
            "SELECT remittance_claim_id FROM remittance_claim_report WHERE claim_id = ?",
            Long.class,
            data.c2);

    // C2's 835 ($1,200 paid, PR 300, CO-45 500) belonged to C5
    newTransaction.executeWithoutResult(
        status -> {
          RemittanceClaim row = entities.find(RemittanceClaim.class, payment);
          ReflectionTestUtils.setField(row, "claimId", data.c5);
        });

    mvc.perform(report(data.payer, "/api/reports/ar"))
        // C2 back to its 2,000 charge, C5 settled down to 500: 1,000 + 2,000 + 3,000 + 500 + 800
        .andExpect(jsonPath("$.total").value(7300.00))
        .andExpect(jsonPath("$.claims").value(5));
    assertThat(summaryRowsEqualTheirRecomputation(List.of(data.c2, data.c5))).isEqualTo(2);
    assertThat(drugRowsEqualTheirRecomputation(List.of(data.c2, data.c5))).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT paid FROM report_claim WHERE claim_id = ?", BigDecimal.class, data.c2))
        .isEqualByComparingTo("0");
  }

  /**
   * Compares the stored summary rows of {@code claims} (null: all) with their recomputation from
   * the views, leaving out the claims with a pending change note; returns how many it compared.
   */
  int summaryRowsEqualTheirRecomputation(List<Long> claims) {
    return rowsEqualTheirRecomputation(
        ReportClaims.REFRESH, " WHERE c.visit_id IN (:visits)", "c.claim_id", 1, claims);
  }

  /** The same for the per-NDC rows of {@code report_claim_drug} (key: claim and NDC). */
  int drugRowsEqualTheirRecomputation(List<Long> claims) {
    return rowsEqualTheirRecomputation(
        ReportClaims.REFRESH_DRUGS,
        " AND l.claim_id IN (SELECT s.claim_id FROM report_claim s WHERE s.visit_id IN"
            + " (:visits))",
        "x.claim_id, x.ndc",
        2,
        claims);
  }

  /**
   * Compares a summary table's rows with {@code insert}'s SELECT run for every claim (without
   * {@code restriction}, its condition on the visits), both keyed by their first {@code keys}
   * columns (the claim ID first).
   */
  int rowsEqualTheirRecomputation(
      String insert, String restriction, String order, int keys, List<Long> claims) {
    // under the catch-ups' lock: no catch-up (a report's or the background one) rewrites rows or
    // drains notes while they are compared
    return newTransaction.execute(
        status -> {
          jdbc.queryForList(
              "SELECT id FROM report_claim_lock WHERE id = 1 FOR UPDATE", Integer.class);
          return compare(insert, restriction, order, keys, claims);
        });
  }

  int compare(String insert, String restriction, String order, int keys, List<Long> claims) {
    String table = insert.substring("INSERT INTO ".length(), insert.indexOf(' ', 12));
    String columns = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
    String select = insert.substring(insert.indexOf(" SELECT"));
    assertThat(select).contains(restriction);
    List<List<String>> stored =
        jdbc.query(
            "SELECT " + columns + " FROM " + table + " ORDER BY " + columns.split(",")[0],
            ReportClaimsTest::row);
    List<List<String>> recomputed =
        jdbc.query(select.replace(restriction, "") + " ORDER BY " + order, ReportClaimsTest::row);
    Set<String> changed = new HashSet<>();
    for (Long id :
        jdbc.queryForList(
            "SELECT c.claim_id FROM claim_version_report c WHERE c.visit_id IN (SELECT v.visit_id"
                + " FROM claim_version_report v WHERE v.claim_id IN (SELECT x.claim_id FROM"
                + " report_claim_change x) OR v.claim_id IN (SELECT r.claim_id FROM"
                + " remittance_claim_report r JOIN report_claim_change x ON"
                + " x.remittance_claim_id = r.remittance_claim_id))",
            Long.class)) {
      changed.add(String.valueOf(id));
    }
    Map<List<String>, List<String>> byKey = new HashMap<>();
    for (var row : recomputed) {
      byKey.put(row.subList(0, keys), row);
    }
    int compared = 0;
    for (var row : stored) {
      String claim = row.get(0);
      if (changed.contains(claim)
          || !byKey.containsKey(row.subList(0, keys))
          || (claims != null && !claims.contains(Long.valueOf(claim)))) {
        continue;
      }
      assertThat(byKey.get(row.subList(0, keys)))
          .as(table + " " + row.subList(0, keys))
          .isEqualTo(row);
      compared++;
    }
    return compared;
  }

  /** A row's values by position, numbers without trailing zeros (0 and 0.00 are the same). */
  static List<String> row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    List<String> values = new ArrayList<>();
    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
      Object v = rs.getObject(c);
      values.add(
          v instanceof Number n
              ? new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
              : String.valueOf(v));
    }
    return values;
  }
}
