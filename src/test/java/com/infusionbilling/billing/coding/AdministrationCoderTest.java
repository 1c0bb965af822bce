package com.infusionbilling.billing.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdministrationCoderTest {
  static final LocalDate DOS = LocalDate.of(2025, 3, 4);

  /** "IV_INFUSION THERAPEUTIC J1745 09:00-11:35 @L" (stop "?" = missing; site optional). */
  static AdministrationRecord a(String label, String spec) {
    String[] p = spec.split(" ");
    String[] times = p[3].split("-");
    LocalDateTime start = DOS.atTime(LocalTime.parse(times[0]));
    LocalDateTime stop = null;
    if (times.length > 1 && !times[1].equals("?")) {
      LocalTime t = LocalTime.parse(times[1].replace("+1", ""));
      stop = (times[1].endsWith("+1") ? DOS.plusDays(1) : DOS).atTime(t);
    }
    String site = p.length > 4 ? p[4].substring(1) : "L";
    return new AdministrationRecord(
        label,
        Route.valueOf(p[0]),
        DrugCategory.valueOf(p[1]),
        p[2].equals("-") ? null : p[2],
        start,
        stop,
        site,
        List.of(1));
  }

  static AdministrationCoder.Result code(
      ClaimType claimType, MidnightRule midnight, Set<String> therapeutic, String... specs) {
    List<AdministrationRecord> records = new ArrayList<>();
    for (int i = 0; i < specs.length; i++) {
      records.add(a("a" + (i + 1), specs[i]));
    }
    return AdministrationCoder.code(
        records,
        new AdministrationCoder.Context(
            DOS, claimType, ZoneId.of("America/New_York"), midnight, therapeutic, Set.of("J9217")));
  }

  static List<String> codes(AdministrationCoder.Result result) {
    List<String> out = new ArrayList<>();
    for (CodedLine l : result.lines()) {
      out.add(
          l.code()
              + "x"
              + l.units()
              + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers())));
    }
    return out;
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "CPT time rules (Medicare Claims Processing Manual ch. 12 §30.5): a 155-minute therapeutic infusion is 96365 x1 + 96366 x2",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-11:35"),
            List.of("96365x1", "96366x2")),
        Arguments.of(
            "CPT time rule: 90 minutes is the initial hour only",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-10:30"),
            List.of("96365x1")),
        Arguments.of(
            "CPT time rule: 91 minutes adds one hour (more than 30 minutes beyond the hour)",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-10:31"),
            List.of("96365x1", "96366x1")),
        Arguments.of(
            "CPT time rule: 150 minutes is still one additional hour",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-11:30"),
            List.of("96365x1", "96366x1")),
        Arguments.of(
            "CPT time rule: 151 minutes gives two additional hours",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-11:31"),
            List.of("96365x1", "96366x2")),
        Arguments.of(
            "CPT: an infusion of 15 minutes or less is coded as a push",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-09:15"),
            List.of("96374x1")),
        Arguments.of(
            "CPT: 16 minutes or more is an infusion",
            List.of("IV_INFUSION THERAPEUTIC J1745 09:00-09:16"),
            List.of("96365x1")),
        Arguments.of(
            "CPT: hydration of 31 minutes is billable (96360)",
            List.of("IV_INFUSION HYDRATION J7050 09:00-09:31"),
            List.of("96360x1")),
        Arguments.of(
            "CPT: hydration of 30 minutes is not billable",
            List.of("IV_INFUSION HYDRATION J7050 09:00-09:30"),
            List.of()),
        Arguments.of(
            "CPT hierarchy, not clock order: chemotherapy is initial though the therapeutic drug ran first",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 08:00-08:40",
                "IV_INFUSION CHEMOTHERAPY J9312 09:00-10:00"),
            List.of("96413x1", "96367x1")),
        Arguments.of(
            "CPT: chemotherapy initial hour + additional hours (96413 + 96415)",
            List.of("IV_INFUSION CHEMOTHERAPY J9312 09:00-12:00"),
            List.of("96413x1", "96415x2")),
        Arguments.of(
            "CPT: a second chemotherapy drug in sequence is 96417",
            List.of(
                "IV_INFUSION CHEMOTHERAPY J9312 09:00-10:00",
                "IV_INFUSION CHEMOTHERAPY J9045 10:00-10:45"),
            List.of("96413x1", "96417x1")),
        Arguments.of(
            "CPT: sequential infusion of a new drug is 96367, with its own additional hours",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_INFUSION THERAPEUTIC J2350 10:00-11:40"),
            List.of("96365x1", "96367x1", "96366x1")),
        Arguments.of(
            "CPT: a concurrent infusion is 96368",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_INFUSION THERAPEUTIC J2350 09:10-09:50"),
            List.of("96365x1", "96368x1")),
        Arguments.of(
            "CPT: 96368 only once per encounter",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_INFUSION THERAPEUTIC J2350 09:10-09:50",
                "IV_INFUSION THERAPEUTIC J1569 09:20-09:55"),
            List.of("96365x1", "96368x1")),
        Arguments.of(
            "CPT: hydration running concurrently with a drug infusion is not billed",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_INFUSION HYDRATION J7050 09:00-10:00"),
            List.of("96365x1")),
        Arguments.of(
            "CPT: hydration after the drug infusion is 96361 (secondary hydration)",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_INFUSION HYDRATION J7050 10:00-11:00"),
            List.of("96365x1", "96361x1")),
        Arguments.of(
            "CPT: only the non-concurrent hydration minutes count (95 total, 60 concurrent, 35 billable)",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_INFUSION HYDRATION J7050 09:00-10:35"),
            List.of("96365x1", "96361x1")),
        Arguments.of(
            "CPT: initial hydration with additional hours 96360 + 96361",
            List.of("IV_INFUSION HYDRATION J7050 09:00-11:00"),
            List.of("96360x1", "96361x1")),
        Arguments.of(
            "CPT: a push of a new drug after the initial infusion is 96375",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00",
                "IV_PUSH THERAPEUTIC J2469 10:05-10:07"),
            List.of("96365x1", "96375x1")),
        Arguments.of(
            "CPT: a chemotherapy push alone is the initial 96409",
            List.of("IV_PUSH CHEMOTHERAPY J9045 09:00-09:05"),
            List.of("96409x1")),
        Arguments.of(
            "CPT: a chemotherapy push after a chemotherapy infusion is 96411",
            List.of(
                "IV_INFUSION CHEMOTHERAPY J9312 09:00-10:00",
                "IV_PUSH CHEMOTHERAPY J9045 10:05-10:08"),
            List.of("96413x1", "96411x1")),
        Arguments.of(
            "CPT: therapeutic SC/IM injection is 96372",
            List.of("SUBCUTANEOUS THERAPEUTIC J1745 09:00"),
            List.of("96372x1")),
        Arguments.of(
            "CPT: hormonal anti-neoplastic SC/IM injection is 96402",
            List.of("INTRAMUSCULAR CHEMOTHERAPY J9217 09:00"),
            List.of("96402x1")),
        Arguments.of(
            "CPT: non-hormonal anti-neoplastic SC/IM injection is 96401",
            List.of("SUBCUTANEOUS CHEMOTHERAPY J9045 09:00"),
            List.of("96401x1")),
        Arguments.of(
            "CPT: an injection never takes the initial slot of an infusion",
            List.of(
                "SUBCUTANEOUS THERAPEUTIC J1745 08:00",
                "IV_INFUSION THERAPEUTIC J2350 09:00-10:00"),
            List.of("96365x1", "96372x1")),
        Arguments.of(
            "CPT: one initial code per access site; a second site's initial code takes modifier 59",
            List.of(
                "IV_INFUSION THERAPEUTIC J1745 09:00-10:00 @L-arm",
                "IV_INFUSION THERAPEUTIC J2350 09:00-10:00 @R-arm"),
            List.of("96365x1", "96365x1-59")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void codesFollowTheDocumentedRules(String source, List<String> specs, List<String> expected) {
    AdministrationCoder.Result result =
        code(
            ClaimType.PROFESSIONAL,
            MidnightRule.CONTINUE_ON_START_DATE,
            Set.of(),
            specs.toArray(String[]::new));
    assertThat(codes(result)).as(source).containsExactlyElementsOf(expected);
    for (CodedLine line : result.lines()) {
      assertThat(line.ruleId()).as(source).isNotBlank();
      assertThat(line.explanation()).as(source).isNotBlank().doesNotContain("\n");
    }
  }

  @Test
  void aMissingStopTimeBillsNoAdditionalHoursAndAsksForIt() {
    AdministrationCoder.Result result =
        code(
            ClaimType.PROFESSIONAL,
            MidnightRule.CONTINUE_ON_START_DATE,
            Set.of(),
            "IV_INFUSION THERAPEUTIC J1745 09:00-?");
    assertThat(codes(result)).containsExactly("96365x1");
    assertThat(result.edits()).extracting(Edit::code).containsExactly("ADMIN_STOP_TIME_MISSING");
  }

  @Test
  void the96376SameDrugPushIsFacilityOnly() {
    String[] specs = {
      "IV_PUSH THERAPEUTIC J2469 09:00-09:02", "IV_PUSH THERAPEUTIC J2469 09:45-09:47"
    };
    AdministrationCoder.Result facility =
        code(ClaimType.INSTITUTIONAL, MidnightRule.CONTINUE_ON_START_DATE, Set.of(), specs);
    assertThat(codes(facility)).containsExactly("96374x1", "96376x1");
    AdministrationCoder.Result professional =
        code(ClaimType.PROFESSIONAL, MidnightRule.CONTINUE_ON_START_DATE, Set.of(), specs);
    assertThat(codes(professional)).containsExactly("96374x1");
    assertThat(professional.edits())
        .extracting(Edit::code)
        .containsExactly("INITIAL_SERVICE_BY_HIERARCHY", "PUSH_SAME_DRUG_FACILITY_ONLY");
  }

  @Test
  void aPayerCanRequireTherapeuticCodesForABiologicGivenAsChemotherapy() {
    String spec = "IV_INFUSION CHEMOTHERAPY J1745 09:00-11:35";
    assertThat(
            codes(
                code(ClaimType.PROFESSIONAL, MidnightRule.CONTINUE_ON_START_DATE, Set.of(), spec)))
        .containsExactly("96413x1", "96415x2");
    assertThat(
            codes(
                code(
                    ClaimType.PROFESSIONAL,
                    MidnightRule.CONTINUE_ON_START_DATE,
                    Set.of("J1745"),
                    spec)))
        .containsExactly("96365x1", "96366x2");
  }

  @Test
  void crossingMidnightFollowsThePayerSetting() {
    String spec = "IV_INFUSION THERAPEUTIC J1745 23:00-01:35+1";
    AdministrationCoder.Result continuous =
        code(ClaimType.PROFESSIONAL, MidnightRule.CONTINUE_ON_START_DATE, Set.of(), spec);
    assertThat(codes(continuous)).containsExactly("96365x1", "96366x2");
    AdministrationCoder.Result split =
        code(ClaimType.PROFESSIONAL, MidnightRule.SPLIT_AT_MIDNIGHT, Set.of(), spec);
    assertThat(codes(split)).containsExactly("96365x1");
    assertThat(split.edits()).extracting(Edit::code).containsExactly("INFUSION_CROSSES_MIDNIGHT");
    assertThat(split.edits().get(0).message()).contains("95 minutes after midnight");
  }

  @Test
  void durationsAreMeasuredInTheBillingZoneAcrossDaylightSavingTime() {
    // 2025-03-09 02:00 America/New_York springs forward: 01:00-03:35 wall clock is 95 minutes.
    LocalDate dstDay = LocalDate.of(2025, 3, 9);
    AdministrationRecord record =
        new AdministrationRecord(
            "a1",
            Route.IV_INFUSION,
            DrugCategory.THERAPEUTIC,
            "J1745",
            dstDay.atTime(1, 0),
            dstDay.atTime(3, 35),
            "L",
            List.of(1));
    AdministrationCoder.Result result =
        AdministrationCoder.code(
            List.of(record),
            new AdministrationCoder.Context(
                dstDay,
                ClaimType.PROFESSIONAL,
                ZoneId.of("America/New_York"),
                MidnightRule.CONTINUE_ON_START_DATE,
                Set.of(),
                Set.of()));
    assertThat(codes(result)).containsExactly("96365x1", "96366x1");
  }

  @Test
  void anIvAdministrationWithoutStartTimeIsNotCoded() {
    AdministrationRecord record =
        new AdministrationRecord(
            "a1",
            Route.IV_INFUSION,
            DrugCategory.THERAPEUTIC,
            "J1745",
            null,
            null,
            "L",
            List.of(1));
    AdministrationCoder.Result result =
        AdministrationCoder.code(
            List.of(record),
            new AdministrationCoder.Context(
                DOS,
                ClaimType.PROFESSIONAL,
                ZoneId.of("UTC"),
                MidnightRule.CONTINUE_ON_START_DATE,
                Set.of(),
                Set.of()));
    assertThat(result.lines()).isEmpty();
    assertThat(result.edits()).extracting(Edit::code).containsExactly("ADMIN_TIME_MISSING");
  }

  @ParameterizedTest(name = "{0} min -> {1} additional-hour units")
  @org.junit.jupiter.params.provider.CsvSource({
    "0,0", "60,0", "90,0", "91,1", "150,1", "151,2", "210,2", "211,3"
  })
  void additionalHourUnitsNeedMoreThanThirtyMinutesBeyondTheHour(long minutes, int units) {
    assertThat(AdministrationCoder.additionalHourUnits(minutes)).isEqualTo(units);
  }
}
