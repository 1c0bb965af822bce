package com.infusionbilling.runtime.search;

import com.infusionbilling.runtime.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** What every search maps rows with: nullable dates and keys, and "not found". */
final class SearchRows {

  private SearchRows() {}

  static <T> T single(EntitySearch.Page<T> page, String what, long key) {
    if (page.items().isEmpty()) {
      throw notFound(what, key);
    }
    return page.items().get(0);
  }

  static NotFoundException notFound(String what, long key) {
    return new NotFoundException(
        what.substring(0, 1).toUpperCase()
            + what.substring(1)
            + " with key '"
            + key
            + "' not found");
  }

  /** A date column (epoch milliseconds); null when the column is. */
  static Instant date(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  /** A key column; null when the column is. */
  static Long key(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
