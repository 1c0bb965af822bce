package com.infusionbilling.reports;

import com.infusionbilling.claim.ClaimChanged;
import com.infusionbilling.denial.DenialChanged;
import com.infusionbilling.remittance.RemittanceClaimChanged;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-claim summary the reports read (V5_60: {@code report_claim}, one row per claim version,
 * and {@code report_claim_drug}, one per claim version and NDC), so that a report over 100,000
 * claims scans one narrow table instead of grouping every payment, adjustment, denial and write-off
 * on each call.
 *
 * <p>Exact, not a cache: each row is computed from the owners' published report views with the
 * formulas of docs/reports.md ({@link #REFRESH}). The claim, remittance and denial packages publish
 * an event for every row their entities write ({@code ClaimChanged}, {@code
 * RemittanceClaimChanged}, {@code DenialChanged}); this class notes the claim in {@code
 * report_claim_change} in that same transaction, and {@link #catchUp()}, which every report request
 * runs before it reads, recomputes the noted claims (and any claim it has never seen, by ID: rows
 * written without the entities, such as imports and test fixtures) under one lock row. A report
 * therefore reads every change committed before it started. So that the first report after many
 * changes does not pay for them all, each transaction that noted a change also starts a catch-up in
 * the background once it commits ({@link #changeCommitted()}: one thread, at most one run waiting);
 * the request-time catch-up stays the guarantee.
 */
@Service
public class ReportClaims {
  static final int BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(ReportClaims.class);

  /**
   * One row per claim version of the visits {@code (:visits)}: the claim's own facts, whether it is
   * the visit's latest version, and its totals from the remittance and denial report views (each a
   * correlated, indexed lookup of that claim only).
   */
  static final String REFRESH =
      "INSERT INTO report_claim (claim_id, visit_id, claim_version, payer_id, date_of_service,"
          + " status, total_charge, total_expected_allowed, filed_at, first_pass_rejected,"
          + " latest_version, remitted, paid, payments, first_paid_on, settled, pr, underpaid,"
          + " denials, denied, claim_level, written_off, line_count, denied_lines)"
          + " SELECT c.claim_id, c.visit_id, c.claim_version, c.payer_id, c.date_of_service,"
          + " c.status, c.total_charge, c.total_expected_allowed, c.filed_at,"
          + " c.first_pass_rejected,"
          // latest: a primary claim with no later primary version of the same visit's claim (a
          // secondary claim bills the primary's patient responsibility, which its row counts)
          + " CASE WHEN c.payer_responsibility <> 'P' OR EXISTS (SELECT 1 FROM"
          + " claim_version_report v WHERE v.visit_id = c.visit_id AND v.payer_responsibility ="
          + " 'P' AND v.claim_version > c.claim_version) THEN 0 ELSE 1 END,"
          // posted 835 claim payments: any, paid, how many paid more than zero, the first such date
          + " CASE WHEN EXISTS (SELECT 1 FROM remittance_claim_report r WHERE r.claim_id ="
          + " c.claim_id) THEN 1 ELSE 0 END,"
          + " COALESCE((SELECT SUM(r.paid) FROM remittance_claim_report r WHERE r.claim_id ="
          + " c.claim_id), 0),"
          + " (SELECT COUNT(*) FROM remittance_claim_report r WHERE r.claim_id = c.claim_id AND"
          + " r.paid > 0),"
          + " (SELECT MIN(r.payment_date) FROM remittance_claim_report r WHERE r.claim_id ="
          + " c.claim_id AND r.paid > 0),"
          // CAS: settled = PR + contractual CO-45/CO-253; pr = patient responsibility
          + " COALESCE((SELECT SUM(a.amount) FROM adjustment_report a WHERE a.claim_id = c.claim_id"
          + " AND (a.group_code = 'PR' OR (a.group_code = 'CO' AND a.carc IN ('45', '253')))), 0),"
          + " COALESCE((SELECT SUM(a.amount) FROM adjustment_report a WHERE a.claim_id = c.claim_id"
          + " AND a.group_code = 'PR'), 0),"
          // underpaid: expected allowed above the payer's allowed, per 835 service line
          + " COALESCE((SELECT SUM(CASE WHEN rl.expected_allowed > rl.allowed THEN"
          + " rl.expected_allowed - rl.allowed ELSE 0 END) FROM remittance_line_report rl WHERE"
          + " rl.claim_id = c.claim_id AND rl.allowed IS NOT NULL AND rl.expected_allowed IS NOT"
          + " NULL), 0),"
          // denials: how many, their dollars, how many deny the whole claim; write-offs
          + " (SELECT COUNT(*) FROM denial_report d WHERE d.claim_id = c.claim_id),"
          + " COALESCE((SELECT SUM(d.amount) FROM denial_report d WHERE d.claim_id = c.claim_id),"
          + " 0),"
          + " (SELECT COUNT(*) FROM denial_report d WHERE d.claim_id = c.claim_id AND"
          + " d.claim_line_id IS NULL),"
          + " COALESCE((SELECT SUM(w.amount) FROM write_off_report w WHERE w.claim_id ="
          + " c.claim_id), 0),"
          // lines, and those denied by a claim-level denial or a denial of that line
          + " (SELECT COUNT(*) FROM claim_line_report l WHERE l.claim_id = c.claim_id),"
          + " (SELECT COUNT(*) FROM claim_line_report l WHERE l.claim_id = c.claim_id AND (EXISTS"
          + " (SELECT 1 FROM denial_report d WHERE d.claim_id = l.claim_id AND d.claim_line_id IS"
          + " NULL) OR EXISTS (SELECT 1 FROM denial_report d WHERE d.claim_id = l.claim_id AND"
          + " d.claim_line_id = l.claim_line_id)))"
          + " FROM claim_version_report c WHERE c.visit_id IN (:visits)";

  /**
   * One row per claim version and NDC of the visits {@code (:visits)}: the drug lines' units,
   * charges, 835 line payments, the patient's share of those 835 lines (CAS PR) and JW (discarded)
   * units and charges, with the claim's filter columns (read from the {@code report_claim} rows
   * just written).
   */
  static final String REFRESH_DRUGS =
      "INSERT INTO report_claim_drug (claim_id, ndc, visit_id, payer_id, date_of_service, filed_at,"
          + " latest_version, code, units, charge, paid, pr, jw_units, jw_charge)"
          + " SELECT x.claim_id, x.ndc, c.visit_id, c.payer_id, c.date_of_service, c.filed_at,"
          + " c.latest_version, MIN(x.code), SUM(x.units), SUM(x.charge), SUM(x.paid), SUM(x.pr),"
          + " SUM(CASE WHEN x.jw = 1 THEN x.units ELSE 0 END),"
          + " SUM(CASE WHEN x.jw = 1 THEN x.charge ELSE 0 END)"
          + " FROM (SELECT l.claim_id, l.ndc, l.code, l.units, l.charge, l.jw, (SELECT SUM(rl.paid)"
          + " FROM remittance_line_report rl WHERE rl.claim_line_id = l.claim_line_id) AS paid,"
          + " (SELECT SUM(a.amount) FROM remittance_line_report rl JOIN adjustment_report a ON"
          + " a.remittance_line_id = rl.remittance_line_id WHERE rl.claim_line_id ="
          + " l.claim_line_id AND a.group_code = 'PR') AS pr FROM"
          + " claim_line_report l WHERE l.ndc IS NOT NULL AND l.claim_id IN (SELECT s.claim_id FROM"
          + " report_claim s WHERE s.visit_id IN (:visits))) x"
          + " JOIN report_claim c ON c.claim_id = x.claim_id"
          + " GROUP BY x.claim_id, x.ndc, c.visit_id, c.payer_id, c.date_of_service, c.filed_at,"
          + " c.latest_version";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "report-claims-catch-up");
            t.setDaemon(true);
            return t;
          });

  /** A change committed since the background catch-up last looked. */
  private final AtomicBoolean changed = new AtomicBoolean();

  /** A background catch-up is queued or running. */
  private final AtomicBoolean queued = new AtomicBoolean();

  public ReportClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Read committed: the summary's INSERT ... SELECT then reads the owners' rows without locking
    // them (at MySQL/MariaDB's default, repeatable read, it takes shared locks on every claim,
    // payment and denial row it reads, and a catch-up running after a commit deadlocked with a
    // posting updating the same claim). A change committed meanwhile leaves its own change row,
    // so the next catch-up recomputes it.
    this.newTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
  }

  // ------------------------------------------------ changes, noted in the writing transaction

  @EventListener
  public void claimChanged(ClaimChanged change) {
    note(change.claimId(), null);
  }

  @EventListener
  public void remittanceChanged(RemittanceClaimChanged change) {
    note(change.claimId(), change.remittanceClaimId());
  }

  @EventListener
  public void denialChanged(DenialChanged change) {
    note(change.claimId(), null);
  }

  void note(Long claimId, Long remittanceClaimId) {
    jdbc.update(
        "INSERT INTO report_claim_change (claim_id, remittance_claim_id) VALUES (?, ?)",
        claimId,
        remittanceClaimId);
  }

  // ------------------------------------------------ catching up in the background, after commit

  /**
   * A transaction that changed a claim, payment or denial committed: catch up in the background.
   * Changes committed while a catch-up runs make one more run, not one each; the committing thread
   * only flips two flags.
   */
  @TransactionalEventListener(
      classes = {ClaimChanged.class, RemittanceClaimChanged.class, DenialChanged.class})
  public void changeCommitted() {
    changed.set(true);
    if (queued.compareAndSet(false, true)) {
      try {
        background.execute(this::catchUpInBackground);
      } catch (RejectedExecutionException shuttingDown) {
        queued.set(false);
      }
    }
  }

  void catchUpInBackground() {
    try {
      while (changed.getAndSet(false)) {
        catchUp();
      }
    } catch (RuntimeException e) {
      // the next change or report request catches up; no retry loop against a failing database
      log.warn("Background catch-up of the report summary failed: {}", e.getClass().getName());
      queued.set(false);
      return;
    }
    queued.set(false);
    if (changed.get()) {
      // committed between the loop's last look and queued being cleared
      changeCommitted();
    }
  }

  @PreDestroy
  void stopBackground() {
    background.shutdownNow();
  }

  // ------------------------------------------------ catching up before a report reads

  /**
   * Recomputes the claims changed or created since the last catch-up, in a transaction of its own
   * that commits before the report's queries start (so they see it). Cheap when nothing changed:
   * two indexed look-ups, no lock.
   */
  public void catchUp() {
    if (!pending()) {
      return;
    }
    newTransaction.executeWithoutResult(status -> drain());
  }

  boolean pending() {
    if (!jdbc.queryForList("SELECT id FROM report_claim_change LIMIT 1", Long.class).isEmpty()) {
      return true;
    }
    return !jdbc.queryForList(
            "SELECT c.claim_id FROM claim_version_report c WHERE c.claim_id > ? LIMIT 1",
            Long.class,
            maxClaimId())
        .isEmpty();
  }

  long maxClaimId() {
    Long max = jdbc.queryForObject("SELECT MAX(claim_id) FROM report_claim", Long.class);
    return max == null ? 0 : max;
  }

  void drain() {
    // the lock first, so that this transaction's reads see every earlier catch-up
    jdbc.queryForList("SELECT id FROM report_claim_lock WHERE id = 1 FOR UPDATE", Integer.class);
    Set<Long> claims =
        new LinkedHashSet<>(
            jdbc.queryForList(
                "SELECT c.claim_id FROM claim_version_report c WHERE c.claim_id > ?",
                Long.class,
                maxClaimId()));
    List<Long> marks = new ArrayList<>();
    List<Long> remittanceClaims = new ArrayList<>();
    jdbc.query(
        "SELECT id, claim_id, remittance_claim_id FROM report_claim_change",
        rs -> {
          marks.add(rs.getLong(1));
          long claim = rs.getLong(2);
          if (!rs.wasNull()) {
            claims.add(claim);
          }
          long remittanceClaim = rs.getLong(3);
          if (!rs.wasNull()) {
            remittanceClaims.add(remittanceClaim);
          }
        });
    for (List<Long> batch : batches(remittanceClaims)) {
      claims.addAll(
          jdbc.queryForList(
              "SELECT r.claim_id FROM remittance_claim_report r WHERE r.remittance_claim_id IN ("
                  + placeholders(batch.size())
                  + ")",
              Long.class,
              batch.toArray()));
    }
    Set<Long> visits = new LinkedHashSet<>();
    for (List<Long> batch : batches(claims)) {
      visits.addAll(
          jdbc.queryForList(
              "SELECT DISTINCT c.visit_id FROM claim_version_report c WHERE c.claim_id IN ("
                  + placeholders(batch.size())
                  + ")",
              Long.class,
              batch.toArray()));
    }
    for (List<Long> batch : batches(visits)) {
      refresh(batch);
    }
    for (List<Long> batch : batches(marks)) {
      jdbc.update(
          "DELETE FROM report_claim_change WHERE id IN (" + placeholders(batch.size()) + ")",
          batch.toArray());
    }
  }

  /** Recomputes every claim version of these visits (the latest version depends on them all). */
  void refresh(List<Long> visits) {
    String in = placeholders(visits.size());
    Object[] args = visits.toArray();
    jdbc.update("DELETE FROM report_claim_drug WHERE visit_id IN (" + in + ")", args);
    jdbc.update("DELETE FROM report_claim WHERE visit_id IN (" + in + ")", args);
    jdbc.update(REFRESH.replace(":visits", in), args);
    jdbc.update(REFRESH_DRUGS.replace(":visits", in), args);
  }

  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static List<List<Long>> batches(Collection<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return out;
  }
}
