package com.infusionbilling.clearinghouse.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * An answer owed at an instant is due at that instant, on the default database too: H2 (MySQL mode,
 * as {@code application.yaml} runs it) rounds a time with sub-millisecond digits into its
 * DATETIME(3) column, so an 835 owed "now" at ….000700 was stored as ….001 and was not due at now;
 * with the tests' clock, which does not tick, the remittance never came and the denial tests waited
 * out their 3 minutes (on MariaDB, which truncates, they passed). This runs on its own H2 database
 * whatever TEST_DB_URL says, since CI's MariaDB cannot show it.
 */
class SandboxStoreTest {
  static final Instant BETWEEN_MILLISECONDS = Instant.parse("2026-12-07T00:54:39.123700Z");

  SandboxStore store;

  @BeforeEach
  void database() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:sandbox"
            + System.nanoTime()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            + ";DB_CLOSE_DELAY=-1");
    try (var c = ds.getConnection()) {
      ScriptUtils.executeSqlScript(
          c, new ClassPathResource("db/migration/common/V3_3__clearinghouse_sandbox.sql"));
    }
    store = new SandboxStore(new JdbcTemplate(ds));
  }

  @Test
  void anAnswerOwedNowIsDueNowEvenBetweenTwoMilliseconds() {
    store.owe(SandboxStore.REMITTANCE_835, "837P-1.x12", "000000001", BETWEEN_MILLISECONDS);

    assertThat(store.due(BETWEEN_MILLISECONDS))
        .extracting(SandboxStore.Pending::reference)
        .containsExactly("000000001");
  }

  @Test
  void anAnswerIsNotDueAMillisecondEarlier() {
    store.owe(SandboxStore.REMITTANCE_835, "837P-1.x12", "000000001", BETWEEN_MILLISECONDS);

    assertThat(store.due(BETWEEN_MILLISECONDS.minusMillis(1))).isEmpty();
  }
}
