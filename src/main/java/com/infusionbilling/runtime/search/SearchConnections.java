package com.infusionbilling.runtime.search;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database connections of the runtime's searches: a pool of their own, apart from the one the
 * commands use. A deep or slow search (a large page over an unindexed sort, many at once) can take
 * only these connections, never the ones that create instances and complete jobs. A search that
 * cannot get a connection within {@link #ACQUIRE_TIMEOUT} is answered RESOURCE_EXHAUSTED (503), and
 * one statement may run at most {@link #QUERY_TIMEOUT} before it is cancelled and answered
 * DEADLINE_EXCEEDED (504).
 */
public final class SearchConnections implements AutoCloseable {

  /** How long a search waits for a connection before it is refused. */
  public static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(5);

  /** How long one search statement may run. */
  public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;

  public SearchConnections(HikariDataSource pool) {
    this.pool = pool;
    this.jdbc = new JdbcTemplate(pool);
    this.jdbc.setQueryTimeout((int) QUERY_TIMEOUT.toSeconds());
  }

  /** The size of the search pool for a runtime whose commands have {@code commandPoolSize}. */
  public static int poolSize(int commandPoolSize) {
    return Math.max(2, commandPoolSize / 4);
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /** The pool itself (its size, and for tests that hold its connections). */
  public HikariDataSource pool() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
