package com.infusionbilling.clearinghouse.sandbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sandbox payer's bookkeeping: files taken, answers still owed. Times are stored in the
 * columns' millisecond precision, truncated here ({@link #stored}): the databases disagree on extra
 * digits (MariaDB truncates them, H2 and MySQL round), and an answer owed "now" that H2 had rounded
 * up to the next millisecond was not due at that instant, so with a clock that does not tick (the
 * tests') it never came.
 */
class SandboxStore {

  record Pending(long id, String kind, String sourceFile, String reference) {}

  static final String FINAL_278 = "FINAL_278";
  static final String REMITTANCE_835 = "REMITTANCE_835";

  /** A REVERSE member's second 835: the reversal of the first payment and the corrected one. */
  static final String REVERSAL_835 = "REVERSAL_835";

  /** The payer's decision on an appeal (reference: appeal key and CLM01). */
  static final String APPEAL_DECISION = "APPEAL_DECISION";

  private final JdbcTemplate jdbc;

  SandboxStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** True if this call took the file; false if it was taken before. */
  boolean take(String fileName, Instant now) {
    try {
      jdbc.update(
          "INSERT INTO clearinghouse_sandbox_intake (file_name, taken_at) VALUES (?, ?)",
          fileName,
          stored(now));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  void owe(String kind, String sourceFile, String reference, Instant due) {
    jdbc.update(
        "INSERT INTO clearinghouse_sandbox_pending (kind, source_file, reference, due_at, status)"
            + " VALUES (?, ?, ?, ?, 'OPEN')",
        kind,
        sourceFile,
        reference,
        stored(due));
  }

  /** An instant as the DATETIME(3) columns keep it, on every database: whole milliseconds. */
  static Timestamp stored(Instant instant) {
    return Timestamp.from(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Whether an answer of this kind was ever owed for a reference starting with this key. */
  boolean owes(String kind, String key) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM clearinghouse_sandbox_pending WHERE kind = ? AND reference LIKE ?",
            Integer.class,
            kind,
            key + " %");
    return n != null && n > 0;
  }

  List<Pending> due(Instant now) {
    return jdbc.query(
        "SELECT id, kind, source_file, reference FROM clearinghouse_sandbox_pending"
            + " WHERE status = 'OPEN' AND due_at <= ? ORDER BY due_at, id",
        (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        Timestamp.from(now));
  }

  void done(long id) {
    jdbc.update("UPDATE clearinghouse_sandbox_pending SET status = 'DONE' WHERE id = ?", id);
  }

  /**
   * What is left of a member's deductible for the plan year, not counting what {@code pcn} used (so
   * a claim adjudicated again gets the same amount); {@code memberKey} is a hash, never the ID.
   */
  java.math.BigDecimal deductibleUsedByOthers(String memberKey, int planYear, String pcn) {
    java.math.BigDecimal used =
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(applied), 0) FROM clearinghouse_sandbox_deductible"
                + " WHERE member_key = ? AND plan_year = ? AND patient_control_number <> ?",
            java.math.BigDecimal.class,
            memberKey,
            planYear,
            pcn);
    return used == null ? java.math.BigDecimal.ZERO : used;
  }

  /** Records the deductible a claim used; the first record of a claim stays. */
  void deductibleApplied(String memberKey, int planYear, String pcn, java.math.BigDecimal amount) {
    try {
      jdbc.update(
          "INSERT INTO clearinghouse_sandbox_deductible (member_key, plan_year,"
              + " patient_control_number, applied) VALUES (?, ?, ?, ?)",
          memberKey,
          planYear,
          pcn,
          amount);
    } catch (DuplicateKeyException e) {
      // adjudicated before: the amount recorded then stands
    }
  }

  int open() {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM clearinghouse_sandbox_pending WHERE status = 'OPEN'",
            Integer.class);
    return n == null ? 0 : n;
  }
}
