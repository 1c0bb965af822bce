package com.infusionbilling.runtime.state;

import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 64-bit keys, unique across restarts. Blocks of keys are reserved in {@code rt_key_sequence} in
 * their own transaction, so a crash at most skips the rest of a block. The generator is given its
 * own connection pool: commands ask for keys while they hold a connection of the main pool, and
 * reserving a block from that same pool could wait forever once it is exhausted. Keys carry
 * partition 1 in their upper bits, as Camunda 8's keys do ({@code (partitionId << 51) + counter}).
 */
public final class KeyGenerator implements LongSupplier, AutoCloseable {

  public static final long PARTITION_BITS = 1L << 51;
  private static final int BLOCK = 10_000;

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private long next;
  private long limit;

  public KeyGenerator(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public synchronized long getAsLong() {
    if (next >= limit) {
      reserveBlock();
    }
    return PARTITION_BITS + next++;
  }

  private void reserveBlock() {
    Long start =
        ownTransaction.execute(
            status -> {
              Long value =
                  jdbc.queryForObject(
                      "SELECT next_value FROM rt_key_sequence WHERE id = 1 FOR UPDATE", Long.class);
              jdbc.update("UPDATE rt_key_sequence SET next_value = ? WHERE id = 1", value + BLOCK);
              return value;
            });
    next = start;
    limit = start + BLOCK;
  }

  @Override
  public void close() throws Exception {
    if (dataSource instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
