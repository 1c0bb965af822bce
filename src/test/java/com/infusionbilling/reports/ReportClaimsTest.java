package com.infusionbilling.reports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.denial.DenialActions;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.ReportDataSet;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The per-claim summary follows changes made through the owners' services (their entities publish
 * the change events; no fixture tells the reports anything): the next report counts them.
 */
@ApiTest
class ReportClaimsTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Autowired MockMvc mvc;
  @Autowired ReportDataSet dataSet;
  @Autowired JdbcTemplate jdbc;
  @Autowired DenialActions denials;
  @Autowired ClaimService claims;

  MockHttpServletRequestBuilder report(String payer, String path) {
    return get(path).param("payer", payer).param("asOf", AS_OF.toString());
  }

  @Test
  void aWriteOffAndAStatusChangeThroughTheOwnersShowInTheNextReport() throws Exception {
    var data = dataSet.seed("RPC_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    mvc.perform(report(data.payer, "/api/reports/ar"))
        .andExpect(jsonPath("$.total").value(7300.00))
        .andExpect(jsonPath("$.claims").value(4));

    // C3's CO-197 denial (3,000) written off by the denial package: C3 leaves the A/R
    long denial =
        jdbc.queryForObject("SELECT id FROM denial WHERE claim_id = ?", Long.class, data.c3);
    denials.writeOff(denial, "authorization never obtained", "manager");
    // C1 appealed by the claim package: a status change flushed only when its transaction commits
    claims.appealed(data.c1, 999_999L, "test");

    mvc.perform(report(data.payer, "/api/reports/ar"))
        .andExpect(jsonPath("$.total").value(4300.00))
        .andExpect(jsonPath("$.claims").value(3));
    mvc.perform(report(data.payer, "/api/reports/collections"))
        .andExpect(jsonPath("$.writtenOff").value(3300.00));
    mvc.perform(report(data.payer, "/api/reports/ar/claims").param("bucket", "0-30"))
        .andExpect(jsonPath("$[*].status", Matchers.contains("APPEALED")));
  }
}
