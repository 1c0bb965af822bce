package com.infusionbilling.billing.pricing;

import static com.infusionbilling.billing.TestReference.DOS;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.NdcUnit;
import com.infusionbilling.billing.reference.AspPrice;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentCalculatorTest {

  static CodedLine drug(String code, int units, String ndc, String... modifiers) {
    return new CodedLine(
        CodedLine.Kind.DRUG,
        code,
        units,
        List.of(modifiers),
        ndc,
        null,
        ndc == null ? null : NdcUnit.UN,
        "drug-units",
        "test",
        "drugs[0]",
        List.of(1));
  }

  static CodedLine admin(String code, int units) {
    return new CodedLine(
        CodedLine.Kind.ADMINISTRATION,
        code,
        units,
        List.of(),
        null,
        null,
        null,
        "admin-initial",
        "test",
        "a1",
        List.of(1));
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "DOMAIN.md: Medicare allowed $1,000 -> coinsurance $200 -> payer $784 after 2 % sequestration (J1745 40 x $25.000)",
            TestReference.MEDICARE,
            List.of(drug("J1745", 37, "57894003001"), drug("J1745", 3, "57894003001", "JW")),
            "1000.00",
            "200.00",
            "784.00"),
        Arguments.of(
            "ASP file Co-insurance Percentage column: J2350 at 18 % (reduced coinsurance), 300 x $60",
            TestReference.MEDICARE,
            List.of(drug("J2350", 300, null)),
            "18000.00",
            "3240.00",
            "14464.80"),
        Arguments.of(
            "Half-up to cents only at the end: J9312 3 x $80.123 = $240.369",
            TestReference.MEDICARE,
            List.of(drug("J9312", 3, null)),
            "240.37",
            "48.07",
            "188.45"),
        Arguments.of(
            "Administration lines priced from the payer's rate table: 96365 $50 + 96366 x2 $100",
            TestReference.MEDICARE,
            List.of(admin("96365", 1), admin("96366", 2)),
            "150.00",
            "30.00",
            "117.60"),
        Arguments.of(
            "ASP + 15 %: $25.000 / 1.06 x 1.15 per unit, 40 units, 20 % coinsurance, no sequestration",
            TestReference.ACME, List.of(drug("J1745", 40, null)), "1084.91", "216.98", "867.92"),
        Arguments.of(
            "95 % of WAC: package WAC $1,300 for 10 units of a 100 mg vial -> $123.50 per unit, 10 % coinsurance",
            TestReference.SUMMIT,
            List.of(drug("J1745", 10, "57894003001")),
            "1235.00",
            "123.50",
            "1111.50"),
        Arguments.of(
            "Fee schedule: the rate in force on the date of service ($30 from 2025, not the 2024 $20)",
            TestReference.MEDICAID,
            List.of(drug("J1745", 10, null)),
            "300.00",
            "0.00",
            "300.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void expectedPaymentFollowsThePayerMethod(
      String source,
      Payer payer,
      List<CodedLine> lines,
      String allowed,
      String patient,
      String payerPayment) {
    PricedClaim priced =
        PaymentCalculator.price(lines, Set.of(), payer, TestReference.snapshot(), DOS);
    assertThat(priced.expectedPayment().allowed()).as(source).isEqualByComparingTo(allowed);
    assertThat(priced.expectedPayment().patientResponsibility())
        .as(source)
        .isEqualByComparingTo(patient);
    assertThat(priced.expectedPayment().payerPayment())
        .as(source)
        .isEqualByComparingTo(payerPayment);
    assertThat(priced.expectedPayment().allowed().scale()).isEqualTo(2);
    assertThat(priced.notes()).allSatisfy(n -> assertThat(n).isNotBlank());
  }

  @Test
  void aLineWithoutARateIsLeftOutAndFlagged() {
    PricedClaim priced =
        PaymentCalculator.price(
            List.of(drug("J1569", 4, null), admin("96365", 1)),
            Set.of(),
            TestReference.MEDICARE,
            TestReference.snapshot(),
            DOS);
    assertThat(priced.charges().get(0)).isNull();
    assertThat(priced.expectedPayment().allowed()).isEqualByComparingTo("50.00");
    assertThat(priced.edits()).extracting(Edit::code).containsExactly("RATE_MISSING");
    assertThat(priced.edits().get(0).line()).isZero();
  }

  @Test
  void deniedLinesArePricedButNotInTheExpectedPayment() {
    PricedClaim priced =
        PaymentCalculator.price(
            List.of(drug("J1745", 10, null), admin("96365", 1)),
            Set.of(1),
            TestReference.MEDICARE,
            TestReference.snapshot(),
            DOS);
    assertThat(priced.charges().get(1)).isEqualByComparingTo("50.00");
    assertThat(priced.expectedPayment().allowed()).isEqualByComparingTo("250.00");
    assertThat(priced.notes().get(1)).contains("expected to deny");
  }

  @Test
  void anAspQuarterChangesTheAllowedAmountAndAStaleQuarterIsFlagged() {
    ReferenceSnapshot withQ2 =
        TestReference.builder()
            .asp(
                new AspPrice(
                    "2025Q2",
                    LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 6, 30),
                    "J1745",
                    "10 MG",
                    new BigDecimal("30.000"),
                    null,
                    null))
            .build();
    List<CodedLine> lines = List.of(drug("J1745", 10, null));
    assertThat(
            PaymentCalculator.price(
                    lines, Set.of(), TestReference.MEDICARE, withQ2, LocalDate.of(2025, 3, 31))
                .expectedPayment()
                .allowed())
        .isEqualByComparingTo("250.00");
    PricedClaim q2 =
        PaymentCalculator.price(
            lines, Set.of(), TestReference.MEDICARE, withQ2, LocalDate.of(2025, 4, 1));
    assertThat(q2.expectedPayment().allowed()).isEqualByComparingTo("300.00");
    assertThat(q2.edits()).isEmpty();
    PricedClaim q3 =
        PaymentCalculator.price(
            lines, Set.of(), TestReference.MEDICARE, withQ2, LocalDate.of(2025, 7, 1));
    assertThat(q3.expectedPayment().allowed()).isEqualByComparingTo("300.00");
    assertThat(q3.edits()).extracting(Edit::code).containsExactly("ASP_QUARTER_NOT_LOADED");
  }
}
