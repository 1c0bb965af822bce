package com.infusionbilling.runtime.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One statement that reads rows of several tables side by side (a process instance, its element
 * instances and a job): each table's columns are selected under a prefix ({@code p_state}, {@code
 * j_state}), and {@link #view} lets a table's row mapper read its columns by their own names.
 */
final class JoinedRows {

  private JoinedRows() {}

  /** The columns of a table, as the database names them (read once from an empty result). */
  static List<String> columnsOf(JdbcTemplate jdbc, String table) {
    return jdbc.query(
        "SELECT * FROM " + table + " WHERE 1 = 0",
        rs -> {
          ResultSetMetaData meta = rs.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
          }
          return List.copyOf(columns);
        });
  }

  /** {@code alias.column AS prefix_column, ...} for a select list. */
  static String select(String alias, String prefix, List<String> columns) {
    return columns.stream()
        .map(c -> alias + "." + c + " AS " + prefix + c)
        .collect(Collectors.joining(", "));
  }

  /** The row's columns of one table, read by their own names (a label gets the prefix). */
  static ResultSet view(ResultSet rs, String prefix) {
    return (ResultSet)
        Proxy.newProxyInstance(
            ResultSet.class.getClassLoader(),
            new Class<?>[] {ResultSet.class},
            (proxy, method, args) -> {
              if (args != null && args.length > 0 && args[0] instanceof String label) {
                args = args.clone();
                args[0] = prefix + label;
              }
              try {
                return method.invoke(rs, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
