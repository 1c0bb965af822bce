package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.X12Output;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code clearinghouse_outbound_batch} and {@code clearinghouse_outbound_message}. */
class OutboundBatchStore {

  static final String PREPARED = "PREPARED";
  static final String SENT = "SENT";

  record Batch(
      long id,
      String batchKey,
      String fileName,
      String interchangeControlNumber,
      String groupControlNumber,
      byte[] content,
      String status) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  OutboundBatchStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  Optional<Batch> find(String batchKey) {
    return jdbc
        .query(
            "SELECT id, batch_key, file_name, interchange_control_number, group_control_number,"
                + " content, status FROM clearinghouse_outbound_batch WHERE batch_key = ?",
            (rs, i) ->
                new Batch(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBytes(6),
                    rs.getString(7)),
            batchKey)
        .stream()
        .findFirst();
  }

  /** Records a written batch; returns empty if another caller recorded the same key first. */
  Optional<Batch> insert(String batchKey, X12Output out) {
    String fileName = out.suggestedFileName();
    try {
      return tx.execute(
          status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                c -> {
                  var ps =
                      c.prepareStatement(
                          "INSERT INTO clearinghouse_outbound_batch (batch_key, transaction_type,"
                              + " file_name, interchange_control_number, group_control_number,"
                              + " message_count, content, status, attempts, created_at)"
                              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                          new String[] {"id"});
                  ps.setString(1, batchKey);
                  ps.setString(2, out.transaction().name());
                  ps.setString(3, fileName);
                  ps.setString(4, out.interchangeControlNumber());
                  ps.setString(5, out.groupControlNumber());
                  ps.setInt(6, out.correlationIds().size());
                  ps.setBytes(7, out.content());
                  ps.setString(8, PREPARED);
                  ps.setTimestamp(9, now());
                  return ps;
                },
                key);
            long id = key.getKey().longValue();
            List<Object[]> rows =
                out.transactionSets().stream()
                    .flatMap(
                        s ->
                            s.correlationIds().stream()
                                .map(
                                    c ->
                                        new Object[] {
                                          id, out.groupControlNumber(), s.controlNumber(), c
                                        }))
                    .toList();
            jdbc.batchUpdate(
                "INSERT INTO clearinghouse_outbound_message (batch_id, group_control_number,"
                    + " transaction_set_control_number, correlation_id) VALUES (?, ?, ?, ?)",
                rows);
            return Optional.of(
                new Batch(
                    id,
                    batchKey,
                    fileName,
                    out.interchangeControlNumber(),
                    out.groupControlNumber(),
                    out.content(),
                    PREPARED));
          });
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  void markAttempt(long id, String error) {
    jdbc.update(
        "UPDATE clearinghouse_outbound_batch SET attempts = attempts + 1, last_error = ? WHERE id = ?",
        error == null ? null : error.substring(0, Math.min(500, error.length())),
        id);
  }

  void markSent(long id) {
    jdbc.update(
        "UPDATE clearinghouse_outbound_batch SET status = ?, sent_at = ?, attempts = attempts + 1,"
            + " last_error = NULL WHERE id = ?",
        SENT,
        now(),
        id);
  }

  List<String> correlationIds(long batchId) {
    return jdbc.queryForList(
        "SELECT correlation_id FROM clearinghouse_outbound_message WHERE batch_id = ? ORDER BY id",
        String.class,
        batchId);
  }

  /** The batch key and, per transaction set, the correlation IDs of a group we sent. */
  Optional<String> batchKeyForGroup(String groupControlNumber) {
    return jdbc
        .queryForList(
            "SELECT b.batch_key FROM clearinghouse_outbound_batch b WHERE b.group_control_number = ?"
                + " ORDER BY b.id DESC",
            String.class,
            groupControlNumber)
        .stream()
        .findFirst();
  }

  List<String> correlationIds(String groupControlNumber, String transactionSetControlNumber) {
    return jdbc.queryForList(
        "SELECT correlation_id FROM clearinghouse_outbound_message WHERE group_control_number = ?"
            + " AND transaction_set_control_number = ? ORDER BY id",
        String.class,
        groupControlNumber,
        transactionSetControlNumber);
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
