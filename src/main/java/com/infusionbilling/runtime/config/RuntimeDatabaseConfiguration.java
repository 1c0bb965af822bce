package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.state.KeyGenerator;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The runtime's database: the commands' pool and schema (Flyway, {@code db/runtime}), the key
 * blocks' own pool, the pools' driver tuning, and what the runtime learns about the database it
 * runs on.
 */
@Configuration(proxyBeanMethods = false)
class RuntimeDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  HikariDataSource runtimeDataSource(RuntimeProperties properties) {
    // Each command reads the latest committed state (read committed) after taking its lock.
    HikariConfig config = poolConfig("embedded-runtime", properties, properties.maxPoolSize());
    // Connections start without autocommit, so a command's transaction does not pay two extra
    // round trips to switch it off and on; HikariCP rolls back anything left open on return.
    config.setAutoCommit(false);
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/runtime")
        .javaMigrations(new WidenElementTypeMigration())
        .table("rt_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    return dataSource;
  }

  @Bean
  JdbcTemplate runtimeJdbc(DataSource dataSource) {
    return new JdbcTemplate(dataSource);
  }

  @Bean
  TransactionTemplate runtimeTransactions(DataSource dataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Key blocks come from a pool of their own (see {@link KeyGenerator}). */
  @Bean
  KeyGenerator keyGenerator(RuntimeProperties properties, HikariDataSource runtimeDataSource) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("embedded-runtime-keys");
    config.setJdbcUrl(properties.jdbcUrl());
    config.setUsername(properties.username());
    config.setPassword(properties.password());
    config.setMaximumPoolSize(1);
    config.setMinimumIdle(1);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new KeyGenerator(new HikariDataSource(config));
  }

  /** A pool of the runtime's database: driver tuning, credentials, read committed. */
  static HikariConfig poolConfig(String name, RuntimeProperties properties, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(tunedUrl(properties.jdbcUrl()));
    tuneDriver(config, properties.jdbcUrl());
    config.setUsername(properties.username());
    config.setPassword(properties.password());
    config.setMaximumPoolSize(size);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return config;
  }

  /** H2 keeps only 8 query plans per session by default; the runtime uses a few dozen. */
  static String tunedUrl(String url) {
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("QUERY_CACHE_SIZE")) {
      return url + ";QUERY_CACHE_SIZE=128";
    }
    return url;
  }

  /** Prepared-statement caching for MySQL/MariaDB, as HikariCP recommends for Connector/J. */
  static void tuneDriver(HikariConfig config, String url) {
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      config.addDataSourceProperty("cachePrepStmts", "true");
      config.addDataSourceProperty("prepStmtCacheSize", "250");
      config.addDataSourceProperty("prepStmtCacheSqlLimit", "2048");
      config.addDataSourceProperty("useServerPrepStmts", "true");
      config.addDataSourceProperty("rewriteBatchedStatements", "true");
      config.addDataSourceProperty("cacheResultSetMetadata", "true");
      config.addDataSourceProperty("elideSetAutoCommits", "true");
      config.addDataSourceProperty("useLocalSessionState", "true");
    }
  }

  /** MySQL's INSERT ... ON DUPLICATE KEY UPDATE: MySQL, MariaDB, and H2 in MySQL mode. */
  static boolean supportsUpsert(String url) {
    String lower = url.toLowerCase();
    return lower.startsWith("jdbc:mysql:")
        || lower.startsWith("jdbc:mariadb:")
        || (lower.startsWith("jdbc:h2:") && lower.contains("mode=mysql"));
  }

  /**
   * Whether a locking read ({@code SELECT ... FOR UPDATE}) of a join reads the latest committed
   * version of every row it reads, after waiting for the first table's lock: InnoDB's locking reads
   * (MySQL, MariaDB) do. H2 and PostgreSQL return the joined rows as they were when the statement
   * began, so a command there locks its instance first and reads in a second statement.
   */
  static boolean lockingReadsSeeLatestRows(String url) {
    String lower = url.toLowerCase();
    return lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:");
  }

  static boolean supportsSkipLocked(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      String version = connection.getMetaData().getDatabaseProductVersion().toLowerCase();
      if (product.contains("mysql") || product.contains("mariadb")) {
        return true; // MySQL 8+ and MariaDB 10.6+
      }
      return product.contains("postgres") || version.contains("mariadb");
    }
  }
}
