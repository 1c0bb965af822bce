package com.infusionbilling.edi;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Control numbers from the {@code edi_control_number} table: the row is locked (SELECT ... FOR
 * UPDATE) and advanced in its own transaction, so numbers are unique across threads and JVMs and
 * survive restarts. Works on H2 (MySQL mode) and MySQL/MariaDB alike.
 */
public class JdbcControlNumberSource implements ControlNumberSource {

  static final long MAX = 999_999_999L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public JdbcControlNumberSource(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public long allocate(ControlNumberKind kind, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive");
    }
    Long first =
        tx.execute(
            status -> {
              Long current =
                  jdbc.queryForObject(
                      "SELECT next_value FROM edi_control_number WHERE name = ? FOR UPDATE",
                      Long.class,
                      kind.name());
              long start = current == null ? 1 : current;
              if (start + count - 1 > MAX) {
                start = 1; // wrap: ISA13 and GS06 are at most nine digits
              }
              jdbc.update(
                  "UPDATE edi_control_number SET next_value = ? WHERE name = ?",
                  start + count,
                  kind.name());
              return start;
            });
    return first;
  }
}
