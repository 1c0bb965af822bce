package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.preview.Part2Fixtures.drug;
import static com.infusionbilling.billing.preview.Part2Fixtures.edits;
import static com.infusionbilling.billing.preview.Part2Fixtures.lines;
import static com.infusionbilling.billing.preview.Part2Fixtures.payment;
import static com.infusionbilling.billing.preview.Part2Fixtures.preview;
import static com.infusionbilling.billing.preview.Part2Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.reference.PayerPolicy;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.reference.WastePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 6 and 7: biosimilars and WAC-priced drugs, contracts as a percentage of the
 * Medicare payment limit, and the waste policy per payer. Test figures: J1745 limit $25, its
 * biosimilar Q5103 limit $16, chargemaster J1745 $100 and Q5103 $50 per unit.
 */
class PricingAndWastePart2Test {

  static final PreviewRequest.Drug INFLECTRA_365 = drug("Q5103", "00069-0809-01", "365", "100", 4);
  static final PreviewRequest.Drug REMICADE_365 = drug("J1745", "57894-030-01", "365", "100", 4);

  @Test
  void item6MedicarePaysABiosimilarTheFilesLimitItsAspPlus8PercentOfTheReferenceAsp() {
    for (ClaimType type : ClaimType.values()) {
      PreviewResponse response =
          preview(request("MEDICARE_PART_B", type, null, List.of(INFLECTRA_365), List.of()));
      String rev = type == ClaimType.INSTITUTIONAL ? " rev 0636" : "";
      assertThat(lines(response))
          .containsExactly("Q5103 x37 [] 1850.00/592.00" + rev, "Q5103 x3 [JW] 150.00/48.00" + rev);
      assertThat(response.lines().get(0).explanation())
          .endsWith(
              "allowed 37 × $16 (ASP payment limit 2025Q1 for the biosimilar: its own ASP + 8 % of"
                  + " the reference product's ASP (IRA §11403, SSA §1847A(b)(8); 42 CFR"
                  + " 414.904(j)), reference product J1745 limit $25)");
      assertThat(edits(response)).isEmpty();
      assertThat(payment(response)).isEqualTo("640.00 / 128.00 / 501.76");
    }
  }

  @Test
  void item6AContractIsAPercentageOfTheMedicarePaymentLimitNotLimitDividedBy106() {
    // Acme: 110 % of the $16 limit = $17.60 per unit (the old ASP + x % took $16 / 1.06, which is
    // not a biosimilar's ASP)
    PreviewResponse acme =
        preview(
            request(
                "COMMERCIAL_ACME",
                ClaimType.PROFESSIONAL,
                null,
                List.of(INFLECTRA_365),
                List.of()));
    assertThat(lines(acme))
        .containsExactly("Q5103 x37 [] 1850.00/651.20", "Q5103 x3 [JW] 150.00/52.80");
    assertThat(acme.lines().get(0).explanation())
        .contains(
            "allowed 37 × $17.6 (110 % of the Medicare payment limit $16 (ASP payment limit 2025Q1"
                + " for the biosimilar");
    assertThat(payment(acme)).isEqualTo("704.00 / 140.80 / 563.20");
  }

  @Test
  void item6ANewDrugWithoutAnAspIsPaidAtWacPlus3Percent() {
    // J9355 has no ASP row; NDC 50242-0333-01 (420 mg multi-dose vial) WAC $5,300 = 42 units:
    // $126.1905 x 1.03 = $129.9762 per unit, 300 mg = 30 units
    PreviewRequest.Drug trastuzumab =
        new PreviewRequest.Drug(
            "J9355",
            "50242-0333-01",
            new java.math.BigDecimal("300"),
            "mg",
            List.of(),
            false,
            List.of(1));
    PreviewResponse facility =
        preview(
            request(
                "MEDICARE_PART_B", ClaimType.INSTITUTIONAL, null, List.of(trastuzumab), List.of()));
    assertThat(lines(facility)).containsExactly("J9355 x30 [] 2850.00/3899.29 rev 0636");
    assertThat(facility.lines().get(0).explanation())
        .contains(
            "allowed 30 × $129.9762 (no ASP payment limit for J9355: WAC + 3 % for a drug without an"
                + " ASP (SSA §1847A(c)(4)");
    assertThat(edits(facility)).isEmpty();
    // professional: Medicare allows the lesser of the charge (30 x $95) and the WAC-based amount
    PreviewResponse professional =
        preview(
            request(
                "MEDICARE_PART_B", ClaimType.PROFESSIONAL, null, List.of(trastuzumab), List.of()));
    assertThat(lines(professional)).containsExactly("J9355 x30 [] 2850.00/2850.00");
    assertThat(professional.lines().get(0).explanation()).contains("42 CFR 414.904(a)");
  }

  @Test
  void item7EachPayerBillsTheWasteItsOwnWay() {
    for (ClaimType type : ClaimType.values()) {
      String rev = type == ClaimType.INSTITUTIONAL ? " rev 0636" : "";
      // Medicare: a JW line (CMS discarded drugs policy)
      PreviewResponse medicare =
          preview(request("MEDICARE_PART_B", type, null, List.of(REMICADE_365), List.of()));
      assertThat(lines(medicare))
          .containsExactly("J1745 x37 [] 3700.00/925.00" + rev, "J1745 x3 [JW] 300.00/75.00" + rev);
      // Acme: a JW line too, though it does not use JZ
      PreviewResponse acme =
          preview(request("COMMERCIAL_ACME", type, null, List.of(REMICADE_365), List.of()));
      assertThat(lines(acme))
          .containsExactly(
              "J1745 x37 [] 3700.00/1017.50" + rev, "J1745 x3 [JW] 300.00/82.50" + rev);
      // Medicaid: combined on the administered line, NDC quantity the whole 4 vials
      PreviewResponse medicaid =
          preview(request("MEDICAID_EXAMPLE", type, null, List.of(REMICADE_365), List.of()));
      assertThat(lines(medicaid)).containsExactly("J1745 x40 [] 4000.00/1200.00" + rev);
      assertThat(medicaid.lines().get(0).ndcQuantity()).isEqualByComparingTo("4");
      assertThat(medicaid.lines().get(0).explanation())
          .contains(
              "40 whole units in the single-dose containers - 37 administered = 3 discarded units,"
                  + " combined on the administered line without JW (payer waste policy COMBINED) ->"
                  + " 40 units");
      // a payer that does not pay waste: said so, not silent
      ReferenceSnapshot ref =
          TestReference.builder()
              .payer(
                  TestReference.MEDICAID.withPolicy(
                      PayerPolicy.defaults(true, 365).withWastePolicy(WastePolicy.NOT_BILLED)))
              .build();
      PreviewResponse notBilled =
          preview(request("MEDICAID_EXAMPLE", type, null, List.of(REMICADE_365), List.of()), ref);
      assertThat(lines(notBilled)).containsExactly("J1745 x37 [] 3700.00/1110.00" + rev);
      assertThat(notBilled.lines().get(0).explanation())
          .contains("the 3 discarded units are not billed (payer waste policy NOT_BILLED)");
    }
  }
}
