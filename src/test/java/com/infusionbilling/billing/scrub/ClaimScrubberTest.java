package com.infusionbilling.billing.scrub;

import static com.infusionbilling.billing.TestReference.DOS;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.coding.Severity;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimScrubberTest {

  static CodedLine line(CodedLine.Kind kind, String code, int units, String... modifiers) {
    return new CodedLine(
        kind, code, units, List.of(modifiers), null, null, null, "rule", "test", "src", List.of(1));
  }

  static CodedLine drug(String code, int units, String... modifiers) {
    return line(CodedLine.Kind.DRUG, code, units, modifiers);
  }

  static CodedLine admin(String code, int units, String... modifiers) {
    return line(CodedLine.Kind.ADMINISTRATION, code, units, modifiers);
  }

  static ClaimScrubber.Claim claim(AuthorizationFacts auth, SiteOfCare site, LocalDate submitted) {
    return new ClaimScrubber.Claim(
        "MEDICARE_PART_B", DOS, submitted, EditSetting.PRACTITIONER, site, auth, 30);
  }

  static ScrubResult scrub(List<CodedLine> lines, ReferenceSnapshot ref) {
    return ClaimScrubber.scrub(lines, claim(null, null, DOS), TestReference.MEDICARE, ref);
  }

  static Stream<Arguments> mueExamples() {
    return Stream.of(
        Arguments.of(
            "MAI 3 (date of service, clinical): 37 + 3 JW = 40 units over an MUE of 35 deny all lines",
            3,
            35,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of(0, 1)),
        Arguments.of(
            "MAI 2 (date of service, policy): units are summed over the lines of the date",
            2,
            39,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of(0, 1)),
        Arguments.of(
            "MAI 1 (line edit): each line is compared on its own; 37 > 35 denies that line only",
            1,
            35,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of(0)),
        Arguments.of(
            "MAI 1 (line edit): lines under the value pass although their sum is over it",
            1,
            37,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of()),
        Arguments.of(
            "At the MUE value nothing denies",
            3,
            40,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mueExamples")
  void unitsOverTheMueDeny(
      String source, int mai, int value, List<CodedLine> lines, List<Integer> denied) {
    ReferenceSnapshot ref =
        TestReference.builder()
            .mue(TestReference.mue(EditSetting.PRACTITIONER, "J1745", value, mai))
            .build();
    ScrubResult result = scrub(lines, ref);
    assertThat(result.deniedLines()).as(source).containsExactlyInAnyOrderElementsOf(denied);
    assertThat(result.edits().stream().filter(e -> e.code().equals("MUE_EXCEEDED")).count())
        .as(source)
        .isEqualTo(denied.isEmpty() ? 0 : (mai == 1 ? denied.size() : 1));
  }

  @Test
  void theFacilityMueTableDoesNotApplyToAProfessionalClaim() {
    ReferenceSnapshot ref =
        TestReference.builder().mue(TestReference.mue(EditSetting.FACILITY, "J1745", 1, 2)).build();
    assertThat(scrub(List.of(drug("J1745", 37)), ref).deniedLines()).isEmpty();
  }

  static Stream<Arguments> ptpExamples() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    return Stream.of(
        Arguments.of(
            "NCCI indicator 0: no modifier allows the pair",
            '0',
            from,
            null,
            List.of(admin("96365", 1), admin("96372", 1, "59")),
            true),
        Arguments.of(
            "NCCI indicator 1 without a modifier: column 2 denies",
            '1',
            from,
            null,
            List.of(admin("96365", 1), admin("96372", 1)),
            true),
        Arguments.of(
            "NCCI indicator 1 with modifier 59: allowed",
            '1',
            from,
            null,
            List.of(admin("96365", 1), admin("96372", 1, "59")),
            false),
        Arguments.of(
            "NCCI indicator 1 with XU: allowed",
            '1',
            from,
            null,
            List.of(admin("96365", 1), admin("96372", 1, "XU")),
            false),
        Arguments.of(
            "NCCI indicator 9: not applicable",
            '9',
            from,
            null,
            List.of(admin("96365", 1), admin("96372", 1)),
            false),
        Arguments.of(
            "An edit deleted before the date of service does not apply",
            '0',
            from,
            LocalDate.of(2024, 1, 1),
            List.of(admin("96365", 1), admin("96372", 1)),
            false),
        Arguments.of(
            "An edit effective after the date of service does not apply",
            '0',
            LocalDate.of(2025, 4, 1),
            null,
            List.of(admin("96365", 1), admin("96372", 1)),
            false),
        Arguments.of(
            "Column 2 alone (no column 1 code on the claim) is fine",
            '0',
            from,
            null,
            List.of(admin("96372", 1)),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ptpExamples")
  void ncciPairsWithoutAnAllowedModifierDeny(
      String source,
      char indicator,
      LocalDate effective,
      LocalDate deletion,
      List<CodedLine> lines,
      boolean conflict) {
    ReferenceSnapshot ref =
        TestReference.builder()
            .ptp(TestReference.ptp("96365", "96372", indicator, effective, deletion))
            .build();
    ScrubResult result = scrub(lines, ref);
    assertThat(result.edits().stream().anyMatch(e -> e.code().equals("NCCI_PTP_CONFLICT")))
        .as(source)
        .isEqualTo(conflict);
    if (conflict) {
      assertThat(result.deniedLines()).as(source).containsExactly(lines.size() - 1);
    }
  }

  static Stream<Arguments> authorizationExamples() {
    AuthorizationFacts auth =
        new AuthorizationFacts(
            "J1745", 40, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), SiteOfCare.OFFICE);
    return Stream.of(
        Arguments.of(
            "Within units, span and site: clean",
            TestReference.MEDICARE,
            auth,
            SiteOfCare.OFFICE,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of()),
        Arguments.of(
            "Units (administered + JW) over the remaining units",
            TestReference.MEDICARE,
            new AuthorizationFacts("J1745", 39, auth.start(), auth.end(), null),
            null,
            List.of(drug("J1745", 37), drug("J1745", 3, "JW")),
            List.of("AUTH_UNITS_EXCEEDED")),
        Arguments.of(
            "HCPCS not on the authorization",
            TestReference.MEDICARE,
            auth,
            SiteOfCare.OFFICE,
            List.of(drug("J2350", 300)),
            List.of("AUTH_HCPCS_MISMATCH")),
        Arguments.of(
            "Date of service outside the authorized span",
            TestReference.MEDICARE,
            new AuthorizationFacts(
                "J1745", 40, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), null),
            null,
            List.of(drug("J1745", 37)),
            List.of("AUTH_DATE_OUTSIDE_SPAN")),
        Arguments.of(
            "Site of care mismatch",
            TestReference.MEDICARE,
            auth,
            SiteOfCare.HOME,
            List.of(drug("J1745", 37)),
            List.of("AUTH_SITE_MISMATCH")),
        Arguments.of(
            "Visits-based payer: units are not compared, exhausted visits are",
            TestReference.ACME,
            new AuthorizationFacts("J1745", 0, auth.start(), auth.end(), null),
            null,
            List.of(drug("J1745", 370)),
            List.of("AUTH_VISITS_EXHAUSTED")),
        Arguments.of(
            "Visits-based payer with visits left: clean",
            TestReference.ACME,
            new AuthorizationFacts("J1745", 1, auth.start(), auth.end(), null),
            null,
            List.of(drug("J1745", 370)),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authorizationExamples")
  void authorizationEdits(
      String source,
      Payer payer,
      AuthorizationFacts auth,
      SiteOfCare site,
      List<CodedLine> lines,
      List<String> codes) {
    ScrubResult result =
        ClaimScrubber.scrub(lines, claim(auth, site, DOS), payer, TestReference.snapshot());
    assertThat(result.edits()).as(source).extracting(Edit::code).containsExactlyElementsOf(codes);
    assertThat(result.edits()).as(source).allMatch(e -> e.severity() == Severity.ERROR);
  }

  @Test
  void everyLineNeedsADiagnosisPointer() {
    CodedLine noPointer =
        new CodedLine(
            CodedLine.Kind.DRUG,
            "J1745",
            10,
            List.of(),
            null,
            null,
            null,
            "r",
            "t",
            "drugs[0]",
            List.of());
    ScrubResult result = scrub(List.of(admin("96365", 1), noPointer), TestReference.snapshot());
    assertThat(result.edits()).extracting(Edit::code).containsExactly("DIAGNOSIS_POINTER_MISSING");
    assertThat(result.edits().get(0).line()).isEqualTo(1);
  }

  @ParameterizedTest(name = "submitted {0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "2025-03-04, ''",
    "2026-02-01, ''",
    "2026-02-02, TIMELY_FILING_NEAR",
    "2026-03-04, TIMELY_FILING_NEAR",
    "2026-03-05, TIMELY_FILING_EXPIRED"
  })
  void timelyFilingIsCheckedAgainstThePayerLimit(LocalDate submitted, String expected) {
    // Medicare: 365 days from 2025-03-04 is 2026-03-04; warn within 30 days of it.
    ScrubResult result =
        ClaimScrubber.scrub(
            List.of(admin("96365", 1)),
            claim(null, null, submitted),
            TestReference.MEDICARE,
            TestReference.snapshot());
    if (expected.isEmpty()) {
      assertThat(result.edits()).isEmpty();
    } else {
      assertThat(result.edits()).extracting(Edit::code).containsExactly(expected);
    }
  }
}
