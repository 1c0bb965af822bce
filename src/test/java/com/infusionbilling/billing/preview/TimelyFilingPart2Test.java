package com.infusionbilling.billing.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.scrub.PriorSubmission;
import com.infusionbilling.billing.scrub.PriorSubmission.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 item 9: Medicare timely filing is one calendar year after the date of service (42 CFR
 * 424.44(a)(1)), counted on 837I claims from the statement "through" date; a submission rejected by
 * the 999 or 277CA does not count as filed.
 */
class TimelyFilingPart2Test {

  static final PreviewRequest.Drug DRUG =
      new PreviewRequest.Drug(
          "J1745",
          "57894-030-01",
          new BigDecimal("100"),
          "mg",
          List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 1)),
          true,
          List.of(1));

  static PreviewRequest claim(
      ClaimType type,
      String serviceDate,
      String through,
      String submitted,
      List<PriorSubmission> prior) {
    return new PreviewRequest(
        "MEDICARE_PART_B",
        type,
        LocalDate.parse(serviceDate),
        List.of(DRUG),
        List.of(),
        null,
        null,
        LocalDate.parse(submitted),
        null,
        through == null ? null : LocalDate.parse(through),
        prior,
        null,
        null);
  }

  static List<String> timely(PreviewRequest request) {
    return Part2Fixtures.ENGINE
        .preview(request, TestReference.snapshot(), LocalDate.parse("2030-01-01"))
        .edits()
        .stream()
        .filter(e -> e.code().startsWith("TIMELY"))
        .map(e -> e.severity() + " " + e.code() + ": " + e.message())
        .toList();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "42 CFR 424.44(a)(1): 1 calendar year from 2023-03-01 ends 2024-03-01 (365 days would end on the leap day)",
            claim(ClaimType.PROFESSIONAL, "2023-03-01", null, "2024-03-01", null),
            List.of(
                "WARNING TIMELY_FILING_NEAR: MEDICARE_PART_B timely filing limit of 1 calendar year"
                    + " (42 CFR 424.44(a)(1)) from the date of service 2023-03-01 ends on 2024-03-01,"
                    + " 0 days after 2024-03-01")),
        Arguments.of(
            "the day after the calendar year: expired",
            claim(ClaimType.PROFESSIONAL, "2023-03-01", null, "2024-03-02", null),
            List.of(
                "ERROR TIMELY_FILING_EXPIRED: MEDICARE_PART_B timely filing limit of 1 calendar year"
                    + " (42 CFR 424.44(a)(1)) from the date of service 2023-03-01 passed on"
                    + " 2024-03-01")),
        Arguments.of(
            "837I: counted from the statement through date (Pub. 100-04 ch. 1 §70.1)",
            claim(ClaimType.INSTITUTIONAL, "2023-02-20", "2023-03-01", "2024-03-01", null),
            List.of(
                "WARNING TIMELY_FILING_NEAR: MEDICARE_PART_B timely filing limit of 1 calendar year"
                    + " (42 CFR 424.44(a)(1)) from the statement through date 2023-03-01 (837I: Pub."
                    + " 100-04 ch. 1 §70.1) ends on 2024-03-01, 0 days after 2024-03-01")),
        Arguments.of(
            "the same 837I from its from date would have expired on 2024-02-20",
            claim(ClaimType.INSTITUTIONAL, "2023-02-20", null, "2024-03-01", null),
            List.of(
                "ERROR TIMELY_FILING_EXPIRED: MEDICARE_PART_B timely filing limit of 1 calendar year"
                    + " (42 CFR 424.44(a)(1)) from the date of service 2023-02-20 passed on"
                    + " 2024-02-20")),
        Arguments.of(
            "a submission rejected by the 277CA does not count as filed",
            claim(
                ClaimType.PROFESSIONAL,
                "2023-03-01",
                null,
                "2024-03-05",
                List.of(
                    new PriorSubmission(LocalDate.parse("2024-02-20"), Outcome.REJECTED_277CA))),
            List.of(
                "ERROR TIMELY_FILING_EXPIRED: MEDICARE_PART_B timely filing limit of 1 calendar year"
                    + " (42 CFR 424.44(a)(1)) from the date of service 2023-03-01 passed on"
                    + " 2024-03-01; the rejected submission of 2024-02-20 (277CA rejection) does not"
                    + " count as filed (a claim rejected as unprocessable was never filed)")),
        Arguments.of(
            "an accepted earlier submission is the filing date",
            claim(
                ClaimType.PROFESSIONAL,
                "2023-03-01",
                null,
                "2024-03-05",
                List.of(
                    new PriorSubmission(LocalDate.parse("2023-03-10"), Outcome.REJECTED_999),
                    new PriorSubmission(LocalDate.parse("2023-03-12"), Outcome.ACCEPTED))),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void medicareTimelyFiling(String source, PreviewRequest request, List<String> expected) {
    assertThat(timely(request)).as(source).isEqualTo(expected);
  }

  @Test
  void aThroughDateOnAProfessionalClaimOrBeforeTheServiceDateIsBadInput() {
    assertThatThrownBy(
            () ->
                timely(
                    claim(ClaimType.PROFESSIONAL, "2023-03-01", "2023-03-02", "2023-04-01", null)))
        .isInstanceOfSatisfying(
            InvalidBillingInputException.class,
            e -> assertThat(e.field()).isEqualTo("statementThroughDate"));
    assertThatThrownBy(
            () ->
                timely(
                    claim(ClaimType.INSTITUTIONAL, "2023-03-01", "2023-02-28", "2023-04-01", null)))
        .isInstanceOfSatisfying(
            InvalidBillingInputException.class,
            e -> assertThat(e.field()).isEqualTo("statementThroughDate"));
    assertThatThrownBy(
            () ->
                timely(
                    claim(
                        ClaimType.PROFESSIONAL,
                        "2023-03-01",
                        null,
                        "2023-04-01",
                        List.of(
                            new PriorSubmission(LocalDate.parse("2023-05-01"), Outcome.ACCEPTED)))))
        .isInstanceOfSatisfying(
            InvalidBillingInputException.class,
            e -> assertThat(e.field()).isEqualTo("priorSubmissions[0].submittedOn"));
  }
}
