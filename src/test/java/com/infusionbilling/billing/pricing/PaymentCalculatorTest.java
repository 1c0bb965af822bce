package com.infusionbilling.billing.pricing;

import static com.infusionbilling.billing.TestReference.DOS;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.NdcUnit;
import com.infusionbilling.billing.reference.AspPrice;
import com.infusionbilling.billing.reference.ChargemasterEntry;
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
            "CMS sequestration: Medicare allowed $1,000 -> coinsurance $200 -> payer $784 after 2 % sequestration (J1745 40 x $25.000)",
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
            "Issue 15 item 6: a contract at 110 % of the Medicare payment limit: $25.000 x 1.10 per unit, 40 units, 20 % coinsurance",
            TestReference.ACME, List.of(drug("J1745", 40, null)), "1100.00", "220.00", "880.00"),
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
        PaymentCalculator.price(
            lines, Set.of(), payer, TestReference.snapshot(), DOS, ClaimType.PROFESSIONAL);
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
            List.of(drug("J2469", 4, null), admin("96365", 1)),
            Set.of(),
            TestReference.MEDICARE,
            TestReference.snapshot(),
            DOS,
            ClaimType.PROFESSIONAL);
    assertThat(priced.allowed().get(0)).isNull();
    assertThat(priced.charges().get(0)).isEqualByComparingTo("32.00");
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
            DOS,
            ClaimType.PROFESSIONAL);
    assertThat(priced.allowed().get(1)).isEqualByComparingTo("50.00");
    assertThat(priced.charges().get(1)).isEqualByComparingTo("250.00");
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
                    lines,
                    Set.of(),
                    TestReference.MEDICARE,
                    withQ2,
                    LocalDate.of(2025, 3, 31),
                    ClaimType.PROFESSIONAL)
                .expectedPayment()
                .allowed())
        .isEqualByComparingTo("250.00");
    PricedClaim q2 =
        PaymentCalculator.price(
            lines,
            Set.of(),
            TestReference.MEDICARE,
            withQ2,
            LocalDate.of(2025, 4, 1),
            ClaimType.PROFESSIONAL);
    assertThat(q2.expectedPayment().allowed()).isEqualByComparingTo("300.00");
    assertThat(q2.edits()).isEmpty();
    PricedClaim q3 =
        PaymentCalculator.price(
            lines,
            Set.of(),
            TestReference.MEDICARE,
            withQ2,
            LocalDate.of(2025, 7, 1),
            ClaimType.PROFESSIONAL);
    assertThat(q3.expectedPayment().allowed()).isEqualByComparingTo("300.00");
    assertThat(q3.edits()).extracting(Edit::code).containsExactly("ASP_QUARTER_NOT_LOADED");
  }

  static Stream<Arguments> chargemasterExamples() {
    return Stream.of(
        Arguments.of(
            "Issue 15 item 5: one chargemaster for all payers; Medicare allows the ASP limit (J1745 37 x $25, 42 CFR 414.904(a))",
            TestReference.MEDICARE,
            ClaimType.PROFESSIONAL,
            "3700.00",
            "925.00",
            "414.904"),
        Arguments.of(
            "Issue 15 item 5: the same charge for Summit, which allows 95 % of WAC ($123.50 per unit)",
            TestReference.SUMMIT, ClaimType.PROFESSIONAL, "3700.00", "4569.50", "% of WAC"),
        Arguments.of(
            "Issue 15 item 5: no lesser-of for Summit, so its allowed may exceed the charge",
            TestReference.SUMMIT,
            ClaimType.INSTITUTIONAL,
            "3700.00",
            "4569.50",
            "% of WAC"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chargemasterExamples")
  void theChargeComesFromTheChargemasterAndTheAllowedFromThePayer(
      String source,
      Payer payer,
      ClaimType claimType,
      String charge,
      String allowed,
      String allowedRule) {
    PricedClaim priced =
        PaymentCalculator.price(
            List.of(drug("J1745", 37, "57894003001")),
            Set.of(),
            payer,
            TestReference.snapshot(),
            DOS,
            claimType);
    assertThat(priced.charges().get(0)).as(source).isEqualByComparingTo(charge);
    assertThat(priced.allowed().get(0)).as(source).isEqualByComparingTo(allowed);
    assertThat(priced.notes().get(0))
        .as(source)
        .startsWith("charge 37 × $100.00 (chargemaster from 2000-01-01); allowed 37 × $")
        .contains(allowedRule);
    assertThat(priced.edits()).isEmpty();
  }

  /** A chargemaster whose J1745 charge ($20 per unit) is below what payers allow. */
  static ReferenceSnapshot lowCharge() {
    return TestReference.builder()
        .charge(
            new ChargemasterEntry(
                "J1745", "", new BigDecimal("20.00"), LocalDate.of(2025, 1, 1), "low charge"))
        .build();
  }

  @Test
  void medicareProfessionalClaimsAllowTheLesserOfChargeAndAspLimit() {
    // 42 CFR 414.904(a): the lesser of the actual charge (10 x $20) and 106 % of ASP (10 x $25)
    PricedClaim professional =
        PaymentCalculator.price(
            List.of(drug("J1745", 10, null)),
            Set.of(),
            TestReference.MEDICARE,
            lowCharge(),
            DOS,
            ClaimType.PROFESSIONAL);
    assertThat(professional.charges().get(0)).isEqualByComparingTo("200.00");
    assertThat(professional.allowed().get(0)).isEqualByComparingTo("200.00");
    assertThat(professional.expectedPayment().allowed()).isEqualByComparingTo("200.00");
    assertThat(professional.expectedPayment().explanation())
        .contains("1 capped at the billed charge");
    assertThat(professional.notes().get(0))
        .isEqualTo(
            "charge 10 × $20.00 (chargemaster from 2025-01-01); allowed 10 × $25 (ASP payment"
                + " limit 2025Q1, ASP + 6 %, 42 CFR 414.904(a)) = $250.00, more than the charge, so"
                + " the lesser of the two: $200.00 (Medicare Part B pays the lesser of the actual"
                + " charge and its amount, 42 CFR 414.904(a); SSA §1848(a)(1))");
    // OPPS (837I) pays its own amount whatever the charge
    PricedClaim institutional =
        PaymentCalculator.price(
            List.of(drug("J1745", 10, null)),
            Set.of(),
            TestReference.MEDICARE,
            lowCharge(),
            DOS,
            ClaimType.INSTITUTIONAL);
    assertThat(institutional.charges().get(0)).isEqualByComparingTo("200.00");
    assertThat(institutional.allowed().get(0)).isEqualByComparingTo("250.00");
  }

  @Test
  void aContractWithLesserOfCapsEveryClaimTypeAndOneWithoutDoesNot() {
    for (ClaimType type : ClaimType.values()) {
      PricedClaim acme =
          PaymentCalculator.price(
              List.of(drug("J1745", 10, null)),
              Set.of(),
              TestReference.ACME,
              lowCharge(),
              DOS,
              type);
      assertThat(acme.allowed().get(0)).as(type.name()).isEqualByComparingTo("200.00");
      assertThat(acme.notes().get(0))
          .contains("COMMERCIAL_ACME contract: lesser of billed charges");
      PricedClaim summit =
          PaymentCalculator.price(
              List.of(drug("J1745", 10, "57894003001")),
              Set.of(),
              TestReference.SUMMIT,
              lowCharge(),
              DOS,
              type);
      assertThat(summit.allowed().get(0)).as(type.name()).isEqualByComparingTo("1235.00");
    }
  }

  @Test
  void aModifierSpecificChargeWinsAndAMissingChargeIsAnError() {
    ReferenceSnapshot ref =
        TestReference.builder()
            .charge(
                new ChargemasterEntry(
                    "J1745", "JW", new BigDecimal("90.00"), LocalDate.of(2024, 1, 1), "waste"))
            .charge(
                new ChargemasterEntry(
                    "J1745", "", new BigDecimal("110.00"), LocalDate.of(2025, 3, 5), "later"))
            .build();
    PricedClaim priced =
        PaymentCalculator.price(
            List.of(drug("J1745", 37, null), drug("J1745", 3, null, "JW"), admin("96523", 1)),
            Set.of(),
            TestReference.MEDICARE,
            ref,
            DOS,
            ClaimType.PROFESSIONAL);
    // the general row of 2025-03-05 is not yet in force on 2025-03-04: the 2000-01-01 $100 applies
    assertThat(priced.charges())
        .containsExactly(new BigDecimal("3700.00"), new BigDecimal("270.00"), null);
    assertThat(priced.notes().get(1))
        .startsWith("charge 3 × $90.00 (chargemaster J1745-JW from 2024-01-01)");
    assertThat(priced.edits())
        .extracting(Edit::code)
        .containsExactly("CHARGE_MISSING", "RATE_MISSING");
    assertThat(priced.edits().get(0).severity())
        .isEqualTo(com.infusionbilling.billing.coding.Severity.ERROR);
    assertThat(priced.edits().get(0).line()).isEqualTo(2);
  }
}
