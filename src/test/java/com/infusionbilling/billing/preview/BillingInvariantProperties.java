package com.infusionbilling.billing.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.AdministrationCoder;
import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.DrugUnitRules;
import com.infusionbilling.billing.coding.DrugUnits;
import com.infusionbilling.billing.coding.Route;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the billing rules over generated doses, containers and infusions. */
class BillingInvariantProperties {
  private static final ReferenceSnapshot REF = TestReference.snapshot();
  private static final BillingEngine ENGINE = new BillingEngine(ZoneId.of("America/New_York"), 30);

  /**
   * A dose in mg (3 decimals) from containers whose sizes are whole multiples of the 10 mg
   * descriptor.
   */
  record Dose(BigDecimal administered, int containerSize, int containerCount) {}

  @Provide
  Arbitrary<Dose> dosesFromWholeUnitContainers() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 50).map(n -> n * 10),
            Arbitraries.integers().between(1, 8),
            Arbitraries.integers().between(1, 1000))
        .as(
            (size, count, permille) -> {
              BigDecimal total = BigDecimal.valueOf((long) size * count);
              BigDecimal administered =
                  total
                      .multiply(BigDecimal.valueOf(permille))
                      .divide(BigDecimal.valueOf(1000), 3, RoundingMode.DOWN);
              return new Dose(administered.max(new BigDecimal("0.001")), size, count);
            });
  }

  @Property
  void administeredPlusJwUnitsEqualTheContainerUnitsForSingleDoseContainers(
      @ForAll("dosesFromWholeUnitContainers") Dose dose) {
    DrugUnits units =
        DrugUnitRules.compute(
            dose.administered(),
            AmountUnit.MG,
            BigDecimal.TEN,
            AmountUnit.MG,
            List.of(
                new DrugUnitRules.Container(
                    BigDecimal.valueOf(dose.containerSize()),
                    AmountUnit.MG,
                    dose.containerCount())),
            true,
            true);
    int containerUnits = dose.containerSize() * dose.containerCount() / 10;
    assertThat(units.administeredUnits() + units.jwUnits()).isEqualTo(containerUnits);
  }

  @Property
  void billedUnitsNeverExceedTheContainersOrFallBelowTheDose(
      @ForAll @IntRange(min = 1, max = 100_000) int administeredMcg,
      @ForAll @IntRange(min = 0, max = 100_000) int extraMcg,
      @ForAll @IntRange(min = 1, max = 7) int descriptorMg) {
    BigDecimal administered = BigDecimal.valueOf(administeredMcg).movePointLeft(3);
    BigDecimal total = BigDecimal.valueOf((long) administeredMcg + extraMcg).movePointLeft(3);
    DrugUnits units =
        DrugUnitRules.compute(
            administered,
            AmountUnit.MG,
            BigDecimal.valueOf(descriptorMg),
            AmountUnit.MG,
            List.of(new DrugUnitRules.Container(total, AmountUnit.MG, 1)),
            true,
            true);
    int containerUnits =
        total.divide(BigDecimal.valueOf(descriptorMg), 0, RoundingMode.FLOOR).intValueExact();
    assertThat(units.administeredUnits()).isGreaterThanOrEqualTo(1);
    assertThat(units.jwUnits()).isGreaterThanOrEqualTo(0);
    assertThat(units.administeredUnits() + units.jwUnits())
        .isEqualTo(Math.max(containerUnits, units.administeredUnits()));
    assertThat(units.jz() && units.jwUnits() > 0).isFalse();
  }

  @Provide
  Arbitrary<PreviewRequest> encounters() {
    Arbitrary<PreviewRequest.Drug> drugs =
        Combinators.combine(
                Arbitraries.of("J1745", "J9312", "J2350", "J9355"),
                Arbitraries.integers().between(1, 2000),
                Arbitraries.integers().between(0, 500),
                Arbitraries.of(true, false),
                Arbitraries.of("57894-0030-01", "50242-051-21", null))
            .as(
                (code, amount, extra, singleDose, ndc) ->
                    new PreviewRequest.Drug(
                        code,
                        ndc,
                        BigDecimal.valueOf(amount),
                        "mg",
                        List.of(
                            new PreviewRequest.Container(
                                BigDecimal.valueOf(amount + extra), "mg", 1)),
                        singleDose,
                        List.of(1)));
    Arbitrary<PreviewRequest.Administration> administrations =
        Combinators.combine(
                Arbitraries.of(Route.class),
                Arbitraries.of(DrugCategory.class),
                Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 400),
                Arbitraries.of("L", "R"))
            .as(
                (route, category, startMinute, minutes, site) ->
                    new PreviewRequest.Administration(
                        "a",
                        route,
                        category,
                        category == DrugCategory.HYDRATION ? "J7050" : "J1745",
                        TestReference.DOS.atStartOfDay().plusMinutes(startMinute),
                        TestReference.DOS.atStartOfDay().plusMinutes(startMinute + minutes),
                        site,
                        List.of(1)));
    return Combinators.combine(
            Arbitraries.of(
                "MEDICARE_PART_B", "COMMERCIAL_ACME", "COMMERCIAL_SUMMIT", "MEDICAID_EXAMPLE"),
            Arbitraries.of(ClaimType.class),
            drugs.list().ofMaxSize(3),
            administrations.list().ofMaxSize(4))
        .as(
            (payer, claimType, d, a) ->
                new PreviewRequest(
                    payer, claimType, TestReference.DOS, d, a, null, null, TestReference.DOS))
        .filter(r -> !r.drugs().isEmpty() || !r.administrations().isEmpty());
  }

  @Property
  void noLineCarriesBothJwAndJzAndNoUnitCountIsNegative(
      @ForAll("encounters") PreviewRequest request) {
    PreviewResponse response = ENGINE.preview(request, REF, TestReference.DOS);
    for (PreviewResponse.Line line : response.lines()) {
      assertThat(line.modifiers().contains("JW") && line.modifiers().contains("JZ")).isFalse();
      assertThat(line.units()).isGreaterThanOrEqualTo(1);
      assertThat(line.explanation()).isNotBlank();
      assertThat(line.ruleId()).isNotBlank();
      if (line.charge() != null) {
        assertThat(line.charge().signum()).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(response.expectedPayment().allowed().signum()).isGreaterThanOrEqualTo(0);
    assertThat(
            response
                .expectedPayment()
                .patientResponsibility()
                .add(response.expectedPayment().payerPayment()))
        .isLessThanOrEqualTo(response.expectedPayment().allowed().add(new BigDecimal("0.01")));
  }

  @Property
  void aDrugGetsJwOrJzButNeverBoth(@ForAll("encounters") PreviewRequest request) {
    PreviewResponse response = ENGINE.preview(request, REF, TestReference.DOS);
    int line = 0;
    for (PreviewRequest.Drug drug : request.drugs()) {
      PreviewResponse.Line administered = response.lines().get(line++);
      boolean jw =
          line < response.lines().size() && response.lines().get(line).modifiers().contains("JW");
      if (jw) {
        line++;
      }
      assertThat(jw && administered.modifiers().contains("JZ")).as(drug.toString()).isFalse();
      if (!drug.singleDoseContainer()) {
        assertThat(jw || administered.modifiers().contains("JZ"))
            .as("multi-dose: " + drug)
            .isFalse();
      }
    }
  }

  @Property
  void additionalHourUnitsGrowWithTimeAndAreNeverNegative(
      @ForAll @IntRange(min = 0, max = 1440) int minutes) {
    int units = AdministrationCoder.additionalHourUnits(minutes);
    assertThat(units).isGreaterThanOrEqualTo(0);
    assertThat(AdministrationCoder.additionalHourUnits(minutes + 1)).isGreaterThanOrEqualTo(units);
    assertThat(AdministrationCoder.secondaryHydrationUnits(minutes)).isGreaterThanOrEqualTo(units);
  }
}
