package com.infusionbilling.runtime.benchmark;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts the statements the runtime sends to MySQL/MariaDB (Connector/J's query interceptor, named
 * in the JDBC URL by {@link RuntimeBenchmark} with {@code --count-statements}), by statement text,
 * so the benchmark can print statements per completed task. Commits and rollbacks count too: each
 * is a round trip.
 */
public final class StatementCounter implements QueryInterceptor {

  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

  @Override
  public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
    return this;
  }

  @Override
  public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
    COUNTS.computeIfAbsent(shape(sql.get()), k -> new LongAdder()).increment();
    return null;
  }

  @Override
  public boolean executeTopLevelOnly() {
    return true;
  }

  @Override
  public void destroy() {}

  @Override
  public <T extends Resultset> T postProcess(
      Supplier<String> sql, Query interceptedQuery, T originalResultSet, ServerSession session) {
    return null;
  }

  /** Forgets what was counted (after the warm-up). */
  static void reset() {
    COUNTS.clear();
  }

  /** Every statement counted since the last reset. */
  static long total() {
    return COUNTS.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The statement shapes, most frequent first, each with its count per {@code perUnit}. */
  static String report(long perUnit, int top) {
    StringBuilder out = new StringBuilder();
    COUNTS.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> -e.getValue().sum()))
        .limit(top)
        .forEach(
            e ->
                out.append(
                    String.format(
                        "  %6.2f  %s%n", e.getValue().sum() / (double) perUnit, e.getKey())));
    return out.toString();
  }

  /** The statement's text without its values, cut to a readable length. */
  private static String shape(String sql) {
    if (sql == null) {
      return "?";
    }
    String shape =
        sql.replaceAll("'[^']*'", "?")
            .replaceAll("\\b\\d+\\b", "?")
            .replaceAll("(\\?\\s*,\\s*)+\\?", "?..")
            .replaceAll("\\s+", " ")
            .trim();
    return shape.length() > 110 ? shape.substring(0, 110) + "…" : shape;
  }
}
