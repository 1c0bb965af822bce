package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * ISA13/GS06/ST02 come from the database: unique under concurrency, persisted, wrapping at 9
 * digits.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcControlNumberSourceTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void concurrentAllocationsNeverRepeatAndArePersisted() throws Exception {
    JdbcControlNumberSource source = new JdbcControlNumberSource(jdbc, transactions);
    long before = next("GROUP");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Callable<List<Long>> task =
          () -> {
            List<Long> got = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
              got.add(source.next(ControlNumberKind.GROUP));
            }
            return got;
          };
      futures.add(pool.submit(task));
    }
    Set<Long> all = new HashSet<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();

    assertThat(all).hasSize(100);
    assertThat(next("GROUP")).isEqualTo(before + 100);
  }

  @Test
  void blocksAreConsecutiveAndKindsIndependent() {
    JdbcControlNumberSource source = new JdbcControlNumberSource(jdbc, transactions);
    long first = source.allocate(ControlNumberKind.TRANSACTION_SET, 10);
    long after = source.next(ControlNumberKind.TRANSACTION_SET);
    long icn = next("INTERCHANGE");

    assertThat(after).isEqualTo(first + 10);
    assertThat(next("INTERCHANGE")).isEqualTo(icn);
  }

  @Test
  void wrapsAfterNineDigits() {
    JdbcControlNumberSource source = new JdbcControlNumberSource(jdbc, transactions);
    long saved = next("INTERCHANGE");
    jdbc.update("UPDATE edi_control_number SET next_value = 999999999 WHERE name = 'INTERCHANGE'");
    try {
      assertThat(source.next(ControlNumberKind.INTERCHANGE)).isEqualTo(999_999_999L);
      assertThat(source.next(ControlNumberKind.INTERCHANGE)).isEqualTo(1L);
    } finally {
      jdbc.update(
          "UPDATE edi_control_number SET next_value = ? WHERE name = 'INTERCHANGE'", saved + 1);
    }
  }

  private long next(String name) {
    return jdbc.queryForObject(
        "SELECT next_value FROM edi_control_number WHERE name = ?", Long.class, name);
  }
}
