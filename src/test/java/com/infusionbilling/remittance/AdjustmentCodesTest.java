package com.infusionbilling.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * CARC/RARC texts are data (issue 17 item 7): the file is loaded into {@code adjustment_code}, a
 * changed text replaces the stored one, and codes are described the way people write them.
 */
class AdjustmentCodesTest {
  JdbcTemplate jdbc;
  DataSourceTransactionManager tx;

  @BeforeEach
  void database() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:codes" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
    try (var c = ds.getConnection()) {
      ScriptUtils.executeSqlScript(
          c, new ClassPathResource("db/migration/common/V4_40__remittance.sql"));
    }
    jdbc = new JdbcTemplate(ds);
    tx = new DataSourceTransactionManager(ds);
  }

  @Test
  void theFileIsLoadedIntoTheTable() {
    new AdjustmentCodes(jdbc, tx);
    int rows = AdjustmentCodes.read(new ClassPathResource(AdjustmentCodes.FILE)).size();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM adjustment_code", Integer.class))
        .isEqualTo(rows)
        .isGreaterThan(60);
  }

  @Test
  void aChangedTextInTheFileReplacesTheStoredOneAtTheNextStart() {
    jdbc.update(
        "INSERT INTO adjustment_code (code_set, code, description) VALUES ('CARC', '45', 'old')");
    AdjustmentCodes codes = new AdjustmentCodes(jdbc, tx);
    assertThat(codes.carc("45")).startsWith("The charge is above the contracted");
  }

  @Test
  void codesAreDescribedTheWayPeopleWriteThem() {
    AdjustmentCodes codes = new AdjustmentCodes(jdbc, tx);
    assertThat(codes.describe("CO-45"))
        .startsWith("CO-45: The charge is above the contracted")
        .endsWith("(contractual obligation)");
    assertThat(codes.describe("pr-1"))
        .isEqualTo(
            "PR-1: Deductible: the patient's deductible covers"
                + " this amount (patient responsibility)");
    assertThat(codes.describe("50")).isEqualTo("50: Not deemed medically necessary by the payer");
    assertThat(codes.describe("M119")).contains("National Drug Code");
    assertThat(codes.describe("MA18")).contains("crossover");
    assertThat(codes.describe("N211")).isEqualTo("N211: You may not appeal this decision");
    assertThat(codes.rarc("N999")).isEqualTo("RARC N999 (no text on file)");
    assertThat(codes.carc("B13")).contains("Previously paid");
    assertThat(AdjustmentCodes.isRarc("MA130")).isTrue();
    assertThat(AdjustmentCodes.isRarc("197")).isFalse();
  }
}
