package com.infusionbilling.billing.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The Local Coverage Determination check Medicare Part B applies on the claim (issue 14 item 7):
 * per drug, the ICD-10-CM codes its LCD covers ({@code billing_lcd_diagnosis}, seeded by V4_34 with
 * LCD L35677 / article A56432 for infliximab). A drug without rows has no LCD here and is not
 * checked. When none of the order's diagnoses is covered, Medicare will deny the drug as not
 * reasonable and necessary (SSA §1862(a)(1)(A)), so the beneficiary must get an ABN (CMS-R-131,
 * Pub. 100-04 ch. 30 §50) before the dose for the practice to bill him (GA), else the practice is
 * liable (GZ).
 */
@Service
public class LcdCoverage {
  private final NamedParameterJdbcTemplate jdbc;

  public LcdCoverage(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The outcome of the check.
   *
   * @param lcdId the LCD checked (e.g. L35677)
   * @param articleId its billing and coding article (e.g. A56432)
   * @param coveredBy the first diagnosis the LCD covers, or null when none is covered
   */
  public record Check(String lcdId, String articleId, String coveredBy) {
    public boolean covered() {
      return coveredBy != null;
    }
  }

  /** Empty when the drug has no LCD here; otherwise whether one of the diagnoses is covered. */
  public Optional<Check> check(String hcpcs, List<String> diagnoses) {
    record Row(String lcdId, String articleId, String prefix) {}
    List<Row> rows =
        jdbc.query(
            "SELECT lcd_id, article_id, icd10_prefix FROM billing_lcd_diagnosis WHERE hcpcs = :hcpcs"
                + " ORDER BY lcd_id, icd10_prefix",
            java.util.Map.of("hcpcs", hcpcs == null ? "" : hcpcs.toUpperCase(Locale.ROOT)),
            (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    for (String diagnosis : diagnoses) {
      String code = normalize(diagnosis);
      for (Row row : rows) {
        if (code.startsWith(normalize(row.prefix()))) {
          return Optional.of(new Check(row.lcdId(), row.articleId(), diagnosis));
        }
      }
    }
    return Optional.of(new Check(rows.get(0).lcdId(), rows.get(0).articleId(), null));
  }

  static String normalize(String icd10) {
    return icd10 == null ? "" : icd10.replace(".", "").trim().toUpperCase(Locale.ROOT);
  }
}
