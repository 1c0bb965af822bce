package com.infusionbilling.testing;

import com.infusionbilling.billing.reference.ReferenceDataService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Takes back, after a test class, every reference-data import it made (CMS MUE, NCCI, ASP, OPPS
 * Addendum B and chargemaster files uploaded through the API), and reloads the reference snapshot.
 * The database is shared by every test of the JVM: a sample MUE table that one class loads (J1745
 * at 35 units) otherwise stayed in force for every later test, and each later claim of 40
 * infliximab units failed its scrub (MUE_EXCEEDED), which no test of its own could explain.
 */
public class RestoreReferenceData implements BeforeAllCallback, AfterAllCallback {

  /** The tables whose rows belong to an import; their import's row goes last. */
  private static final String[] IMPORTED_ROWS = {
    "billing_mue", "billing_ncci_ptp", "billing_asp_price", "billing_opps_status", "chargemaster"
  };

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RestoreReferenceData.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Long last = jdbc(context).queryForObject("SELECT MAX(id) FROM billing_import", Long.class);
    context.getStore(NAMESPACE).put("last", last == null ? 0L : last);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    long last = context.getStore(NAMESPACE).get("last", Long.class);
    JdbcTemplate jdbc = jdbc(context);
    // a pooled connection a test left broken fails once and is evicted; the next attempt gets a
    // fresh one
    for (int attempt = 1; ; attempt++) {
      try {
        for (String table : IMPORTED_ROWS) {
          jdbc.update("DELETE FROM " + table + " WHERE import_id > ?", last);
        }
        jdbc.update("DELETE FROM billing_import WHERE id > ?", last);
        break;
      } catch (org.springframework.dao.DataAccessException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    spring(context).getBean(ReferenceDataService.class).reload();
  }

  private static JdbcTemplate jdbc(ExtensionContext context) {
    return spring(context).getBean(JdbcTemplate.class);
  }

  private static ApplicationContext spring(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context);
  }
}
