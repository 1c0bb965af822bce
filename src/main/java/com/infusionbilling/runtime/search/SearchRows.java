package com.infusionbilling.runtime.search;

import com.infusionbilling.runtime.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What every search maps rows with: dates and keys as the v2 API writes them, and "not found". */
final class SearchRows {

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

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

  static String date(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : DATE_FORMAT.format(Instant.ofEpochMilli(millis));
  }

  static String keyString(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : String.valueOf(value);
  }
}
