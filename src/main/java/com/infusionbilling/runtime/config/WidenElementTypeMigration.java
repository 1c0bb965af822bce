package com.infusionbilling.runtime.config;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Runtime schema 1.8.1: {@code rt_element_instance.element_type} holds up to 40 characters, for
 * ad-hoc sub-processes' {@code AD_HOC_SUB_PROCESS_INNER_INSTANCE} (33). Changing a column's type
 * has no syntax that H2 (in any mode) and MySQL/MariaDB both accept, so this migration is Java and
 * picks the statement by database.
 */
final class WidenElementTypeMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1.8.1");
  }

  @Override
  public String getDescription() {
    return "widen element type";
  }

  @Override
  public Integer getChecksum() {
    return 181;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    String sql =
        product.toLowerCase(java.util.Locale.ROOT).contains("h2")
            ? "ALTER TABLE rt_element_instance ALTER COLUMN element_type SET DATA TYPE VARCHAR(40)"
            : "ALTER TABLE rt_element_instance MODIFY element_type VARCHAR(40) NOT NULL";
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(sql);
    }
  }
}
