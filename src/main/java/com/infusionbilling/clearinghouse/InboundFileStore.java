package com.infusionbilling.clearinghouse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code clearinghouse_inbound_file}: which inbound contents were processed or quarantined. */
class InboundFileStore {

  static final String PROCESSING = "PROCESSING";
  static final String PROCESSED = "PROCESSED";
  static final String QUARANTINED = "QUARANTINED";
  static final String FAILED = "FAILED";

  record Row(long id, String fileName, String status) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  InboundFileStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Row> find(String sha256) {
    return jdbc
        .query(
            "SELECT id, file_name, status FROM clearinghouse_inbound_file WHERE content_sha256 = ?",
            (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)),
            sha256)
        .stream()
        .findFirst();
  }

  /**
   * A processing lease: after a crash, a row left in PROCESSING for this long may be taken over by
   * another poller. Reading one file takes seconds; with 10 minutes, a 271 claimed just before a
   * SIGKILL held its episode for 10 minutes after the restart (issue 19's crash harness). A poller
   * still working past the lease only makes the file be read again, which changes nothing (each
   * message is handed on with its own message ID).
   */
  static final Duration LEASE = Duration.ofMinutes(1);

  /** The outcome of trying to claim a file's content for processing. */
  record Claim(Row row, boolean owned) {}

  /**
   * Claims this content for processing. Only one poller (thread or application instance) owns a
   * claim: the one that inserted the row, or that moved a FAILED (or long-abandoned PROCESSING) row
   * back to PROCESSING with a conditional update. Everyone else gets the row to see its state.
   */
  Claim claim(String fileName, String sha256, long size) {
    Optional<Row> existing = find(sha256);
    if (existing.isEmpty()) {
      try {
        jdbc.update(
            "INSERT INTO clearinghouse_inbound_file (file_name, content_sha256, size_bytes, status,"
                + " received_at) VALUES (?, ?, ?, ?, ?)",
            fileName,
            sha256,
            size,
            PROCESSING,
            now());
        return new Claim(find(sha256).orElseThrow(), true);
      } catch (DuplicateKeyException e) {
        return new Claim(find(sha256).orElseThrow(), false); // another poller was first
      }
    }
    Row row = existing.get();
    int taken =
        switch (row.status()) {
          case FAILED ->
              jdbc.update(
                  "UPDATE clearinghouse_inbound_file SET status = ?, received_at = ?"
                      + " WHERE id = ? AND status = ?",
                  PROCESSING,
                  now(),
                  row.id(),
                  FAILED);
          case PROCESSING ->
              jdbc.update(
                  "UPDATE clearinghouse_inbound_file SET received_at = ?"
                      + " WHERE id = ? AND status = ? AND received_at < ?",
                  now(),
                  row.id(),
                  PROCESSING,
                  Timestamp.from(Instant.now(clock).minus(LEASE)));
          default -> 0;
        };
    return new Claim(find(sha256).orElseThrow(), taken == 1);
  }

  void complete(long id, String status, Integer messageCount, String error) {
    jdbc.update(
        "UPDATE clearinghouse_inbound_file SET status = ?, message_count = ?, error_summary = ?,"
            + " completed_at = ? WHERE id = ?",
        status,
        messageCount,
        error == null ? null : error.substring(0, Math.min(1000, error.length())),
        now(),
        id);
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
