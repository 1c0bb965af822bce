package com.infusionbilling.clearinghouse;

import java.sql.Timestamp;
import java.time.Clock;
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

  /** The row for this content, creating it in state PROCESSING when it is new. */
  Row claim(String fileName, String sha256, long size) {
    Optional<Row> existing = find(sha256);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      jdbc.update(
          "INSERT INTO clearinghouse_inbound_file (file_name, content_sha256, size_bytes, status,"
              + " received_at) VALUES (?, ?, ?, ?, ?)",
          fileName,
          sha256,
          size,
          PROCESSING,
          now());
    } catch (DuplicateKeyException e) {
      // another poller claimed it at the same moment
    }
    return find(sha256).orElseThrow();
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
