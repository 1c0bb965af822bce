package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.preview.Part2Fixtures.admin;
import static com.infusionbilling.billing.preview.Part2Fixtures.drug;
import static com.infusionbilling.billing.preview.Part2Fixtures.edits;
import static com.infusionbilling.billing.preview.Part2Fixtures.lines;
import static com.infusionbilling.billing.preview.Part2Fixtures.payment;
import static com.infusionbilling.billing.preview.Part2Fixtures.preview;
import static com.infusionbilling.billing.preview.Part2Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.reference.RevenueCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 4 and 10: OPPS status indicators on Medicare hospital outpatient claims and the
 * revenue codes of 837I lines. Test Addendum B 2025Q1: rituximab K, ondansetron N, 96413 S and the
 * add-on administration codes N.
 */
class FacilityClaimPart2Test {

  /** Rituximab 77 mg of a 100 mg vial; ondansetron 6 mg from two 4 mg single-dose vials. */
  static final List<PreviewRequest.Drug> DRUGS =
      List.of(
          drug("J9312", "50242-051-21", "77", "100", 1),
          drug("J2405", "00641-6078-25", "6", "4", 2));

  static final List<PreviewRequest.Administration> ADMINS =
      List.of(
          admin("o1", "IV_PUSH - J2405 08:50-08:52"),
          admin("r1", "IV_INFUSION - J9312 09:00-11:00"));

  @Test
  void item4OppsPutsJwJzOnSeparatelyPayableDrugsOnlyAndPacksStatusN() {
    PreviewResponse facility =
        preview(request("MEDICARE_PART_B", ClaimType.INSTITUTIONAL, null, DRUGS, ADMINS));
    assertThat(lines(facility))
        .containsExactly(
            // rituximab, K: separately payable, 8 units + 2 JW (ASP limit $80.123)
            "J9312 x8 [] 781.76/640.98 rev 0636",
            "J9312 x2 [JW] 195.44/160.25 rev 0636",
            // ondansetron, N: packaged, neither JW nor JZ, no waste line, paid 0
            "J2405 x6 [] 24.00/0.00 rev 0636",
            "96413 x1 [] 410.00/50.00 rev 0335",
            // add-on codes, N: reported, paid 0
            "96415 x1 [] 90.00/0.00 rev 0335",
            "96375 x1 [] 80.00/0.00 rev 0260");
    assertThat(facility.lines().get(2).explanation())
        .contains(
            "OPPS status indicator N (Addendum B 2025Q1): packaged, so neither JW nor JZ and no"
                + " waste line (JW/JZ apply to separately payable drugs, status indicator G or K,"
                + " only: CMS JW/JZ policy FAQ)",
            "allowed $0.00: packaged under OPPS (status indicator N), paid within the primary"
                + " service (42 CFR 419.2(b))");
    assertThat(edits(facility)).isEmpty();
    assertThat(payment(facility)).isEqualTo("851.23 / 170.25 / 667.36");

    // the same encounter on the physician's claim: no OPPS, JW on every single-dose drug, all
    // administration codes paid
    PreviewResponse professional =
        preview(request("MEDICARE_PART_B", ClaimType.PROFESSIONAL, "r1", DRUGS, ADMINS));
    assertThat(lines(professional))
        .containsExactly(
            "J9312 x8 [] 781.76/640.98",
            "J9312 x2 [JW] 195.44/160.25",
            "J2405 x6 [] 24.00/0.60",
            "J2405 x2 [JW] 8.00/0.20",
            "96413 x1 [] 410.00/50.00",
            "96415 x1 [] 90.00/50.00",
            "96375 x1 [] 80.00/50.00");
    assertThat(edits(professional)).isEmpty();
  }

  @Test
  void item4WithoutAnAddendumBTheDrugIsSeparatelyPayableAndTheClaimSaysSo() {
    ReferenceSnapshot noOpps = TestReference.builderWithoutOpps().build();
    PreviewResponse facility =
        preview(request("MEDICARE_PART_B", ClaimType.INSTITUTIONAL, null, DRUGS, ADMINS), noOpps);
    assertThat(lines(facility))
        .extracting(
            l ->
                l.substring(0, l.indexOf(" ", 7) + 1)
                    + l.substring(l.indexOf('['), l.indexOf(']') + 1))
        .containsExactly(
            "J9312 x8 []",
            "J9312 x2 [JW]",
            "J2405 x6 []",
            "J2405 x2 [JW]",
            "96413 x1 []",
            "96415 x1 []",
            "96375 x1 []");
    assertThat(edits(facility))
        .containsExactly(
            "WARNING OPPS_QUARTER_NOT_LOADED",
            "WARNING OPPS_STATUS_UNKNOWN",
            "WARNING OPPS_STATUS_UNKNOWN");
    // the add-on administration codes stay packaged (issue 15) without an Addendum B row
    assertThat(facility.lines().get(5).expectedAllowed()).isEqualByComparingTo("0.00");
  }

  @Test
  void item10RevenueCodesByServiceAndPerPayer() {
    List<PreviewRequest.Administration> admins =
        List.of(
            admin("r1", "IV_INFUSION - J9312 09:00-10:00"),
            admin("l1", "SUBCUTANEOUS - J9217 10:10"),
            admin("o1", "IV_PUSH - J2405 10:20-10:22"));
    PreviewResponse medicare =
        preview(
            request("MEDICARE_PART_B", ClaimType.INSTITUTIONAL, null, DRUGS.subList(0, 1), admins));
    assertThat(medicare.lines())
        .extracting(l -> l.code() + " " + l.revenueCode())
        .containsExactly("J9312 0636", "J9312 0636", "96413 0335", "96375 0260", "96402 0331");
    assertThat(medicare.lines().get(2).explanation())
        .contains("revenue code 0335 (chemotherapy administration, IV; NUBC UB-04 FL 42)");
    assertThat(medicare.lines().get(4).explanation())
        .contains("revenue code 0331 (chemotherapy administration, injected; NUBC UB-04 FL 42)");
    // a payer with its own revenue codes for IV therapy and drugs
    ReferenceSnapshot ref =
        TestReference.builder()
            .payer(
                TestReference.SUMMIT.withPolicy(
                    TestReference.SUMMIT
                        .policy()
                        .withRevenueCodes(RevenueCodes.parse("drug=0250,other=0261"))))
            .build();
    PreviewResponse summit =
        preview(
            request(
                "COMMERCIAL_SUMMIT", ClaimType.INSTITUTIONAL, null, DRUGS.subList(0, 1), admins),
            ref);
    assertThat(summit.lines())
        .extracting(l -> l.code() + " " + l.revenueCode())
        .containsExactly("J9312 0250", "J9312 0250", "96413 0335", "96375 0261", "96402 0331");
    assertThat(summit.lines().get(3).explanation())
        .contains("revenue code 0261 (IV therapy; COMMERCIAL_SUMMIT revenue code setting)");
    // professional claims carry no revenue code
    assertThat(
            preview(
                    request(
                        "MEDICARE_PART_B",
                        ClaimType.PROFESSIONAL,
                        "r1",
                        DRUGS.subList(0, 1),
                        admins))
                .lines())
        .allSatisfy(l -> assertThat(l.revenueCode()).isNull());
  }
}
