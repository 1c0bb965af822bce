package com.infusionbilling.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.RevenueCycleFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
  @Autowired EpisodeFixtures episodes;
  @Autowired RevenueCycleFixtures h;
  @Autowired InventoryService inventory;

  String payer;
  long c1;
  long c2;
  long c3;
  long c5;
  long c6;

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @BeforeEach
  void seed() {
    payer = "RPT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    long ep = episodes.episode("COMMERCIAL_ACME", "M" + payer).getId();

    // C1: 20 Jun, $1,000, filed 22 Jun, not yet paid: A/R 0-30
    long v1 = h.visit(ep, d("2026-06-20"), "BUY_AND_BILL");
    c1 = h.claim(v1, ep, payer, d("2026-06-20"), "SUBMITTED", "1000.00", "800.00", d("2026-06-22"));
    h.claimLine(c1, 1, "J1745", null, 42, REMICADE, "900.00", "720.00");
    h.claimLine(c1, 2, "96413", null, 1, null, "100.00", "80.00");

    // C2: 20 May, $2,000, filed 24 May, paid $1,200 on 13 Jun (PR 300, CO-45 500): clean
    long v2 = h.visit(ep, d("2026-05-20"), "BUY_AND_BILL");
    c2 = h.claim(v2, ep, payer, d("2026-05-20"), "PAID", "2000.00", "1500.00", d("2026-05-24"));
    long c2l1 = h.claimLine(c2, 1, "J1745", null, 40, REMICADE, "1600.00", "1200.00");
    long c2l2 = h.claimLine(c2, 2, "J1745", "JW", 10, REMICADE, "400.00", "300.00");
    long r2 = h.remittanceClaim(c2, payer, d("2026-06-13"), "1", "2000.00", "1200.00");
    h.remittanceLine(r2, 1, c2l1, "J1745", "1600.00", "1200.00", "960.00", "1200.00");
    h.remittanceLine(r2, 2, c2l2, "J1745", "400.00", "300.00", "240.00", "300.00");
    h.adjustment(r2, null, "PR", "2", "300.00");
    h.adjustment(r2, null, "CO", "45", "500.00");
    // its drug: 5 vials of a $1,300 lot
    String lot = "R" + payer;
    inventory.receive(
        List.of(
            new NewReceipt(
                REMICADE,
                lot,
                d("2027-06-30"),
                new BigDecimal("10"),
                new BigDecimal("1300.00"),
                "INV" + payer,
                d("2026-05-01"),
                InventorySource.BUY_AND_BILL)),
        true,
        "test");
    h.dispense(
        v2,
        "J1745",
        REMICADE,
        lot,
        d("2027-06-30"),
        5,
        "400",
        "100",
        "BUY_AND_BILL",
        d("2026-05-20"));
    inventory.recordDispensesOfVisit(v2);

    // C3: 15 Apr, $3,000, filed 25 Apr, denied CO-197 on 15 May, appeal due 10 Jul (at risk)
    long v3 = h.visit(ep, d("2026-04-15"), "BUY_AND_BILL");
    c3 = h.claim(v3, ep, payer, d("2026-04-15"), "DENIED", "3000.00", "2400.00", d("2026-04-25"));
    h.claimLine(c3, 1, "J9312", null, 50, RITUXAN, "2800.00", "2240.00");
    h.claimLine(c3, 2, "96413", null, 1, null, "200.00", "160.00");
    long r3 = h.remittanceClaim(c3, payer, d("2026-05-15"), "4", "3000.00", "0.00");
    h.adjustment(r3, null, "CO", "197", "3000.00");
    long n3 =
        h.denial(
            c3,
            null,
            r3,
            ep,
            payer,
            "197",
            "3000.00",
            d("2026-05-15"),
            d("2026-04-15"),
            "APPEALED");
    h.appeal(n3, c3, ep, d("2026-05-15"), d("2026-07-10"), "3000.00", "OPEN", null);

    // C4: 20 Feb, $1,500, filed 2 Mar, paid $600 on 30 Mar, line 2 denied CO-16 and written off
    long v4 = h.visit(ep, d("2026-02-20"), "BUY_AND_BILL");
    long c4 =
        h.claim(
            v4,
            ep,
            payer,
            d("2026-02-20"),
            "PARTIALLY_PAID",
            "1500.00",
            "1000.00",
            d("2026-03-02"));
    long c4l1 = h.claimLine(c4, 1, "J1745", null, 20, REMICADE, "1200.00", "800.00");
    long c4l2 = h.claimLine(c4, 2, "96413", null, 1, null, "300.00", "200.00");
    long r4 = h.remittanceClaim(c4, payer, d("2026-03-30"), "1", "1500.00", "600.00");
    long r4l1 = h.remittanceLine(r4, 1, c4l1, "J1745", "1200.00", "700.00", "600.00", "800.00");
    long r4l2 = h.remittanceLine(r4, 2, c4l2, "96413", "300.00", null, "0.00", "200.00");
    h.adjustment(r4, r4l1, "CO", "45", "500.00");
    h.adjustment(r4, r4l1, "PR", "2", "100.00");
    h.adjustment(r4, r4l2, "CO", "16", "300.00");
    long n4 =
        h.denial(
            c4,
            c4l2,
            r4,
            ep,
            payer,
            "16",
            "300.00",
            d("2026-03-30"),
            d("2026-02-20"),
            "WRITTEN_OFF");
    h.appeal(n4, c4, ep, d("2026-03-30"), d("2026-05-01"), "300.00", "UPHELD", "UPHELD");
    h.writeOff(
        n4,
        c4,
        "300.00",
        "Missing information not obtainable",
        Instant.parse("2026-05-10T12:00:00Z"));

    // C5: 10 Mar, $2,500, filed 20 Mar, its first 277CA rejected it; acknowledged since: 91-120
    long v5 = h.visit(ep, d("2026-03-10"), "BUY_AND_BILL");
    c5 =
        h.claim(
            v5, ep, payer, d("2026-03-10"), "ACKNOWLEDGED", "2500.00", "2000.00", d("2026-03-20"));
    h.claimLine(c5, 1, "96413", null, 1, null, "2500.00", "2000.00");
    h.acknowledgement(c5, "277CA", false, d("2026-03-21"));

    // C6: 15 Jan, $800, filed 1 May (late), denied CO-29 on 20 May; its appeal was won: 120+
    long v6 = h.visit(ep, d("2026-01-15"), "BUY_AND_BILL");
    c6 = h.claim(v6, ep, payer, d("2026-01-15"), "DENIED", "800.00", "600.00", d("2026-05-01"));
    h.claimLine(c6, 1, "J1745", null, 10, REMICADE, "800.00", "600.00");
    long r6 = h.remittanceClaim(c6, payer, d("2026-05-20"), "4", "800.00", "0.00");
    h.adjustment(r6, null, "CO", "29", "800.00");
    long n6 =
        h.denial(
            c6, null, r6, ep, payer, "29", "800.00", d("2026-05-20"), d("2026-01-15"), "APPEALED");
    h.appeal(n6, c6, ep, d("2026-05-20"), d("2026-08-30"), "800.00", "OVERTURNED", "OVERTURNED");

    // C7: a draft never filed: in no report
    long v7 = h.visit(ep, d("2026-06-25"), "BUY_AND_BILL");
    long c7 = h.claim(v7, ep, payer, d("2026-06-25"), "DRAFT", "999.00", "700.00", null);
    h.claimLine(c7, 1, "J1745", null, 10, REMICADE, "999.00", "700.00");
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
