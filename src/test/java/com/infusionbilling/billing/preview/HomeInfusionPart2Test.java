package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.TestReference.DOS;
import static com.infusionbilling.billing.preview.Part2Fixtures.admin;
import static com.infusionbilling.billing.preview.Part2Fixtures.edits;
import static com.infusionbilling.billing.preview.Part2Fixtures.lines;
import static com.infusionbilling.billing.preview.Part2Fixtures.payment;
import static com.infusionbilling.billing.preview.Part2Fixtures.preview;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.scrub.SiteOfCare;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 8: home infusion. A HOME visit never produces 96360-96549; per-diem payers get the
 * S-code and 99601/99602; Medicare Part B only IVIG for primary immune deficiency with Q2052;
 * everything else is an ERROR edit. IVIG 20 g (J1569, 500 mg units) from two 10 g vials, visit
 * 09:00-12:40 (220 minutes).
 */
class HomeInfusionPart2Test {

  static final PreviewRequest.Drug IVIG_20G =
      new PreviewRequest.Drug(
          "J1569",
          "00944-2700-05",
          new BigDecimal("20"),
          "g",
          List.of(new PreviewRequest.Container(new BigDecimal("10"), "g", 2)),
          true,
          List.of(1));
  static final List<PreviewRequest.Administration> VISIT =
      List.of(admin("g1", "IV_INFUSION - J1569 09:00-12:40"));

  static PreviewRequest home(String payer, ClaimType type, List<String> diagnoses) {
    return home(payer, type, IVIG_20G, VISIT, diagnoses);
  }

  static PreviewRequest home(
      String payer,
      ClaimType type,
      PreviewRequest.Drug drug,
      List<PreviewRequest.Administration> admins,
      List<String> diagnoses) {
    return new PreviewRequest(
        payer,
        type,
        DOS,
        List.of(drug),
        admins,
        null,
        SiteOfCare.HOME,
        DOS,
        null,
        null,
        null,
        diagnoses,
        null);
  }

  @Test
  void aPerDiemPayerGetsTheSCodeAndTheNursingVisitNever963xx() {
    PreviewResponse acme = preview(home("COMMERCIAL_ACME", ClaimType.PROFESSIONAL, null));
    assertThat(lines(acme))
        .containsExactly(
            "J1569 x40 [] 5600.00/1980.00",
            "S9338 x1 [] 420.00/180.00",
            "99601 x1 [] 350.00/160.00",
            "99602 x2 [] 280.00/140.00");
    assertThat(acme.lines().get(1).explanation())
        .contains("per-diem S9338 ×1 for the day (HCPCS S-code");
    assertThat(acme.lines().get(3).explanation())
        .contains(
            "220 min - 120 for the first 2 hours = 100 min: CPT 99602 each additional hour, a unit"
                + " once more than 30 minutes of the hour are used -> 99602 ×2");
    assertThat(edits(acme)).isEmpty();
    assertThat(payment(acme)).isEqualTo("2460.00 / 492.00 / 1968.00");
    // the same visit on an 837I: not covered here, an error, and still no 963xx
    PreviewResponse facility = preview(home("COMMERCIAL_ACME", ClaimType.INSTITUTIONAL, null));
    assertThat(lines(facility)).containsExactly("J1569 x40 [] 5600.00/1980.00 rev 0636");
    assertThat(edits(facility)).containsExactly("ERROR HOME_INFUSION_NOT_COVERED");
  }

  @Test
  void medicarePartBPaysHomeIvigForPrimaryImmuneDeficiencyWithQ2052() {
    PreviewResponse medicare =
        preview(home("MEDICARE_PART_B", ClaimType.PROFESSIONAL, List.of("D80.0")));
    assertThat(lines(medicare))
        .containsExactly("J1569 x40 [JZ] 5600.00/1800.00", "Q2052 x15 [] 650.00/420.48");
    assertThat(medicare.lines().get(1).explanation())
        .contains(
            "for primary immune deficiency (D80.0): Q2052 services, supplies and accessories for"
                + " home IVIG, one bundled payment per administration (Claims Processing Manual ch."
                + " 20 §213; Benefit Policy Manual ch. 15 §50.6)",
            "charge 1 × $650.00");
    assertThat(edits(medicare)).isEmpty();
    assertThat(payment(medicare)).isEqualTo("2220.48 / 444.10 / 1740.86");
  }

  @Test
  void whatTheRulesDoNotCoverIsAnErrorNeverAGuess() {
    // no diagnosis to check PIDD against
    assertThat(edits(preview(home("MEDICARE_PART_B", ClaimType.PROFESSIONAL, null))))
        .containsExactly("ERROR HOME_IVIG_DIAGNOSIS_REQUIRED");
    // CIDP is not a primary immune deficiency: home IVIG is not a Part B home benefit for it
    PreviewResponse cidp =
        preview(home("MEDICARE_PART_B", ClaimType.PROFESSIONAL, List.of("G61.81")));
    assertThat(edits(cidp)).containsExactly("ERROR HOME_INFUSION_NOT_COVERED");
    assertThat(lines(cidp)).containsExactly("J1569 x40 [JZ] 5600.00/1800.00");
    // infliximab at home under Medicare Part B
    PreviewRequest.Drug infliximab =
        new PreviewRequest.Drug(
            "J1745",
            "57894-030-01",
            new BigDecimal("400"),
            "mg",
            List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 4)),
            true,
            List.of(1));
    PreviewResponse medicareInfliximab =
        preview(
            home(
                "MEDICARE_PART_B",
                ClaimType.PROFESSIONAL,
                infliximab,
                List.of(admin("i1", "IV_INFUSION - J1745 09:00-11:10")),
                List.of("K50.90")));
    assertThat(edits(medicareInfliximab)).containsExactly("ERROR HOME_INFUSION_NOT_COVERED");
    assertThat(medicareInfliximab.edits().get(0).message())
        .contains("J1745 given; Medicare Part B covers drug administration at home only for");
    // a payer without a home infusion rule
    PreviewResponse medicaid = preview(home("MEDICAID_EXAMPLE", ClaimType.PROFESSIONAL, null));
    // (the test Medicaid fee schedule has no J1569 rate)
    assertThat(edits(medicaid))
        .containsExactly("ERROR HOME_INFUSION_NOT_COVERED", "WARNING RATE_MISSING");
    for (PreviewResponse r : List.of(cidp, medicareInfliximab, medicaid)) {
      assertThat(r.lines())
          .noneMatch(l -> l.code().startsWith("963") || l.code().startsWith("964"));
    }
  }
}
