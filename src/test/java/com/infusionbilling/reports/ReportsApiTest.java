package com.infusionbilling.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.ReportDataSet;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every report formula of docs/reports.md against a hand-computed data set: six filed claims of one
 * payer (unique to the test, so other tests' rows never count) as of 30 June 2026, with their
 * payments, adjustments, denials, appeals, a write-off and the drug's acquisition cost. The figures
 * in the comments are worked out in docs/reports.md ("Worked example").
 */
@ApiTest
class ReportsApiTest {
  static final String REMICADE = "57894003001";
  static final String RITUXAN = "50242005121";
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Autowired MockMvc mvc;
  @Autowired ReportDataSet dataSet;
  @Autowired JdbcTemplate jdbc;

  ReportDataSet.Seeded data;

  String payer;
  long c1;
  long c2;
  long c3;
  long c5;
  long c6;

  @BeforeEach
  void seed() {
    data = dataSet.seed("RPT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    payer = data.payer;
    c1 = data.c1;
    c2 = data.c2;
    c3 = data.c3;
    c5 = data.c5;
    c6 = data.c6;
  }

  MockHttpServletRequestBuilder report(String path) {
    return get(path).param("payer", payer).param("asOf", AS_OF.toString());
  }

  @Test
  void accountsReceivableAgingAndDaysInAr() throws Exception {
    mvc.perform(report("/api/reports/ar"))
        .andExpect(status().isOk())
        // C1 1,000 + C3 3,000 + C5 2,500 + C6 800; C2 and C4 have no balance left
        .andExpect(jsonPath("$.total").value(7300.00))
        .andExpect(jsonPath("$.claims").value(4))
        .andExpect(
            jsonPath("$.aging[*].bucket", contains("0-30", "31-60", "61-90", "91-120", "120+")))
        .andExpect(
            jsonPath("$.aging[*].balance", contains(1000.00, 0.00, 3000.00, 2500.00, 800.00)))
        // charges with a date of service in the last 90 days: C1 + C2 + C3 = 6,000
        .andExpect(jsonPath("$.chargesLast90Days").value(6000.00))
        .andExpect(jsonPath("$.averageDailyCharges").value(66.67))
        // 7,300 / (6,000 / 90)
        .andExpect(jsonPath("$.daysInAr").value(109.5))
        // (2,500 + 800) / 7,300
        .andExpect(jsonPath("$.shareOver90").value(0.4521));
    mvc.perform(report("/api/reports/ar/claims").param("bucket", "61-90"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].claimId", contains((int) c3)))
        .andExpect(jsonPath("$[0].balance").value(3000.00));
  }

  @Test
  void claimQualityCleanClaimAndFirstPassDenialRates() throws Exception {
    mvc.perform(report("/api/reports/claim-quality"))
        .andExpect(status().isOk())
        // adjudicated first-pass claims: C2, C3, C4, C6; only C2 was clean
        .andExpect(jsonPath("$.adjudicatedClaims").value(4))
        .andExpect(jsonPath("$.cleanClaims").value(1))
        .andExpect(jsonPath("$.cleanClaimRate").value(0.25))
        .andExpect(jsonPath("$.deniedClaims").value(3))
        .andExpect(jsonPath("$.denialRateByClaims").value(0.75))
        // 7 lines; denied: both of C3 (claim level), C4 line 2, C6's one line
        .andExpect(jsonPath("$.lines").value(7))
        .andExpect(jsonPath("$.deniedLines").value(4))
        .andExpect(jsonPath("$.denialRateByLines").value(0.5714))
        // 4,100 denied of 7,300 charged
        .andExpect(jsonPath("$.deniedDollars").value(4100.00))
        .andExpect(jsonPath("$.denialRateByDollars").value(0.5616))
        .andExpect(jsonPath("$.topCarcs[*].carc", contains("197", "29", "16")))
        .andExpect(
            jsonPath("$.topCarcs[0].description")
                .value("Precertification, authorization, notification or pre-treatment is missing"))
        .andExpect(jsonPath("$.authorizationDenials").value(1))
        .andExpect(jsonPath("$.authorizationDeniedDollars").value(3000.00));
    mvc.perform(report("/api/reports/claim-quality/claims").param("outcome", "clean"))
        .andExpect(jsonPath("$[*].claimId", contains((int) c2)));
    // oldest date of service first: C6 15 Jan, C4 20 Feb, C3 15 Apr; balances as in the A/R
    mvc.perform(report("/api/reports/claim-quality/claims").param("outcome", "denied"))
        .andExpect(jsonPath("$[*].claimId", contains((int) c6, (int) data.c4, (int) c3)))
        .andExpect(jsonPath("$[*].balance", contains(800.00, 0.00, 3000.00)));
    mvc.perform(report("/api/reports/denials").param("carc", "16"))
        .andExpect(jsonPath("$[*].claimId", contains((int) data.c4)))
        .andExpect(jsonPath("$[0].amount").value(300.00));
    mvc.perform(report("/api/reports/denials").param("authorization", "true"))
        .andExpect(jsonPath("$[*].claimId", contains((int) c3)));
  }

  @Test
  void lagFromServiceToClaimAndFromClaimToPayment() throws Exception {
    mvc.perform(report("/api/reports/lag"))
        .andExpect(status().isOk())
        // (2 + 4 + 10 + 10 + 10 + 106) / 6
        .andExpect(jsonPath("$.claimsFiled").value(6))
        .andExpect(jsonPath("$.averageDaysServiceToClaim").value(23.7))
        // C2 20 days, C4 28 days
        .andExpect(jsonPath("$.claimsPaid").value(2))
        .andExpect(jsonPath("$.averageDaysClaimToPayment").value(24.0));
  }

  @Test
  void collectionsNetRateUnderpaymentAndWriteOffs() throws Exception {
    mvc.perform(report("/api/reports/collections"))
        .andExpect(status().isOk())
        // C2 + C3 + C4 + C6 expected allowed 5,500; paid 1,800 + patient 400
        .andExpect(jsonPath("$.expectedAllowed").value(5500.00))
        .andExpect(jsonPath("$.payerPaid").value(1800.00))
        .andExpect(jsonPath("$.patientResponsibility").value(400.00))
        .andExpect(jsonPath("$.netCollectionRate").value(0.4))
        // C4 line 1 allowed 700 of 800 expected
        .andExpect(jsonPath("$.underpaid").value(100.00))
        .andExpect(jsonPath("$.writtenOff").value(300.00))
        .andExpect(jsonPath("$.writeOffs", hasSize(1)))
        .andExpect(jsonPath("$.writeOffs[0].carc").value("16"))
        .andExpect(jsonPath("$.timelyFilingWriteOffs").value(0.00));
  }

  @Test
  void appealsAtRiskOverturnRateAndRecovered() throws Exception {
    mvc.perform(report("/api/reports/appeals"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.atRisk").value(1))
        .andExpect(jsonPath("$.atRiskAmount").value(3000.00))
        .andExpect(jsonPath("$.decided").value(2))
        .andExpect(jsonPath("$.overturned").value(1))
        .andExpect(jsonPath("$.overturnRate").value(0.5))
        .andExpect(jsonPath("$.recovered").value(800.00));
    mvc.perform(report("/api/reports/appeals/at-risk"))
        .andExpect(jsonPath("$[*].claimId", contains((int) c3)));
  }

  @Test
  void drugMarginJwWasteAndCost() throws Exception {
    mvc.perform(report("/api/reports/drugs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.drugs[*].ndc11", contains(RITUXAN, REMICADE)))
        // Remicade lines of C1, C2 (40 + JW 10), C4, C6
        .andExpect(jsonPath("$.drugs[1].unitsBilled").value(122))
        .andExpect(jsonPath("$.drugs[1].charges").value(4900.00))
        .andExpect(jsonPath("$.drugs[1].paid").value(1800.00))
        // 5 vials at 1,300
        .andExpect(jsonPath("$.drugs[1].acquisitionCost").value(6500.00))
        .andExpect(jsonPath("$.drugs[1].margin").value(-4700.00))
        // the patient's share of the Remicade 835 lines: C4 line 1's PR-2 100 (C2's PR 300 is on
        // the claim, not on a line, so no drug's)
        .andExpect(jsonPath("$.drugs[1].patientResponsibility").value(100.00))
        .andExpect(jsonPath("$.drugs[1].marginWithPatientResponsibility").value(-4600.00))
        .andExpect(jsonPath("$.drugs[0].patientResponsibility").value(0.00))
        .andExpect(jsonPath("$.drugs[0].marginWithPatientResponsibility").value(0.00))
        .andExpect(jsonPath("$.drugs[1].jwUnits").value(10))
        .andExpect(jsonPath("$.drugs[1].jwCharges").value(400.00))
        .andExpect(jsonPath("$.drugs[1].jwShare").value(0.0816))
        .andExpect(jsonPath("$.jwCharges").value(400.00))
        // 400 of 4,900 + 2,800
        .andExpect(jsonPath("$.jwShare").value(0.0519));
    mvc.perform(report("/api/reports/drugs/" + RITUXAN + "/claims"))
        .andExpect(jsonPath("$[*].claimId", contains((int) c3)));
  }

  @Test
  void filtersByDrugAndMonthNarrowTheClaims() throws Exception {
    mvc.perform(report("/api/reports/ar").param("drug", "J9312"))
        .andExpect(jsonPath("$.total").value(3000.00));
    mvc.perform(report("/api/reports/ar").param("month", "2026-06"))
        .andExpect(jsonPath("$.total").value(1000.00))
        .andExpect(jsonPath("$.claims").value(1));
    mvc.perform(report("/api/reports/ar").param("month", "2026-13"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("month"));
    mvc.perform(report("/api/reports/ar/claims").param("bucket", "200+"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("bucket"));
  }

  @Test
  void theArAsOfAnEarlierDayLeavesOutLaterServices() throws Exception {
    // as of 2026-06-01 C1 (service 2026-06-20) was no receivable yet: 3,000 + 2,500 + 800 = 6,300,
    // and C3 (2026-04-15) is 47 days old, in 31-60
    mvc.perform(get("/api/reports/ar").param("payer", payer).param("asOf", "2026-06-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(6300.00))
        .andExpect(jsonPath("$.claims").value(3))
        .andExpect(jsonPath("$.aging[0].balance").value(0.00))
        .andExpect(jsonPath("$.aging[1].balance").value(3000.00));
    mvc.perform(
            get("/api/reports/ar/claims")
                .param("payer", payer)
                .param("asOf", "2026-06-01")
                .param("bucket", "0-30"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$").isEmpty());
    mvc.perform(
            get("/api/reports/ar/claims")
                .param("payer", payer)
                .param("asOf", "2026-06-01")
                .param("bucket", "31-60"))
        .andExpect(jsonPath("$[*].claimId", contains((int) c3)));
  }

  @Test
  void aDayOrMonthOutsideAnyPlausibleReportIsA400() throws Exception {
    mvc.perform(report("/api/reports/ar").param("month", "+99999-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("month"));
    mvc.perform(get("/api/reports/ar").param("payer", payer).param("asOf", "0000-01-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("asOf"));
  }

  @Test
  void aCorrectedClaimReplacesItsFirstVersion() throws Exception {
    // C1 corrected (frequency 7): version 2 of the same visit, same charge, filed the same day
    jdbc.update(
        "INSERT INTO claim (visit_id, episode_id, version, frequency_code, original_claim_id,"
            + " patient_control_number, claim_type, payer_id, site_of_care, date_of_service,"
            + " diagnosis_codes, status, filing_deadline, total_charge, total_expected_allowed,"
            + " submission_attempt, filed_at, created_at, updated_at) SELECT visit_id, episode_id,"
            + " 2, '7', id, CONCAT(patient_control_number, 'R'), claim_type, payer_id,"
            + " site_of_care, date_of_service, diagnosis_codes, status, filing_deadline,"
            + " total_charge, total_expected_allowed, 1, filed_at, created_at, updated_at FROM"
            + " claim WHERE id = ?",
        c1);
    long version2 =
        jdbc.queryForObject(
            "SELECT id FROM claim WHERE original_claim_id = ? AND version = 2", Long.class, c1);
    // the A/R counts the latest version only: still 7,300 over 4 claims, C1's 1,000 now version 2's
    mvc.perform(report("/api/reports/ar"))
        .andExpect(jsonPath("$.total").value(7300.00))
        .andExpect(jsonPath("$.claims").value(4))
        .andExpect(jsonPath("$.chargesLast90Days").value(6000.00));
    mvc.perform(report("/api/reports/ar/claims").param("bucket", "0-30"))
        .andExpect(jsonPath("$[*].claimId", contains((int) version2)))
        .andExpect(jsonPath("$[0].claimVersion").value(2));
  }

  @Test
  void aBadFilterParameterIsA400NamingIt() throws Exception {
    mvc.perform(get("/api/reports/lag").param("payer", payer).param("asOf", "30/06/2026"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("asOf"))
        .andExpect(jsonPath("$.detail").value("asOf: not a valid value"));
    mvc.perform(get("/api/reports/collections").param("payer", "ACME; DROP"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("payer"));
    mvc.perform(report("/api/reports/appeals/at-risk").param("drug", "infliximab"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("drug"));
    mvc.perform(report("/api/reports/drugs/" + REMICADE + "/claims").param("month", "June"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("month"));
  }

  @Test
  @WithMockUser(
      username = "coordinator",
      authorities = {"ROLE_COORDINATOR", "GROUP_billing", "GROUP_ar", "GROUP_pharmacy"})
  void onlyManagersReadReports() throws Exception {
    mvc.perform(report("/api/reports/ar")).andExpect(status().isForbidden());
    mvc.perform(report("/api/reports/drugs")).andExpect(status().isForbidden());
    mvc.perform(report("/api/reports/ar/claims").param("bucket", "0-30"))
        .andExpect(status().isForbidden());
  }
}
