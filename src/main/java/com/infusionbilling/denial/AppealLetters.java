package com.infusionbilling.denial;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The appeal letters (table {@code appeal_letter}): one PDF per appeal level, kept for good. */
@Repository
class AppealLetters {
  /** A stored letter without its bytes. */
  record Stored(long id, long appealId, String fileName, int size, String sha256) {}

  private final JdbcTemplate jdbc;

  AppealLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Stored> find(long appealId) {
    return jdbc
        .query(
            "SELECT id, appeal_id, file_name, size_bytes, sha256 FROM appeal_letter"
                + " WHERE appeal_id = ?",
            (rs, i) ->
                new Stored(
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)),
            appealId)
        .stream()
        .findFirst();
  }

  /** Stores the letter unless the appeal has one (the unique key keeps it to one). */
  void insert(long appealId, String fileName, byte[] pdf, String sha256) {
    jdbc.update(
        "INSERT INTO appeal_letter (appeal_id, file_name, content_type, content, size_bytes,"
            + " sha256, created_at) VALUES (?, ?, 'application/pdf', ?, ?, ?, ?)",
        appealId,
        fileName,
        pdf,
        pdf.length,
        sha256,
        Timestamp.from(Instant.now()));
  }

  Optional<byte[]> content(long appealId) {
    return jdbc
        .query(
            "SELECT content FROM appeal_letter WHERE appeal_id = ?",
            (rs, i) -> rs.getBytes(1),
            appealId)
        .stream()
        .findFirst();
  }
}
