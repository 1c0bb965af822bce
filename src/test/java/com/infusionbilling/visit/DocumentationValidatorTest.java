package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Route;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documentation rules of issue 16 item 2.2, one row each: what the form cannot check (across
 * fields, against the date of service, the NPI check digit) is checked before a version is stored.
 */
class DocumentationValidatorTest {
  static final LocalDate DAY = LocalDate.of(2026, 12, 10);

  /** Infliximab 365 mg from 4 × 100 mg single-dose vials, 09:00–11:35: valid. */
  static Documentation valid() {
    return new Documentation(
        List.of(drug(d -> d)),
        List.of(
            new Documentation.Administration(
                "a1",
                Route.IV_INFUSION,
                DrugCategory.THERAPEUTIC,
                "J1745",
                DAY.atTime(9, 0),
                DAY.atTime(11, 35),
                "left forearm")),
        "1245319599",
        null,
        new BigDecimal("73"),
        DAY,
        null,
        null,
        "a1");
  }

  static Documentation.Drug drug(UnaryOperator<Documentation.Drug> change) {
    return change.apply(
        new Documentation.Drug(
            "J1745",
            "57894-030-01",
            "RMC2611A",
            DAY.plusMonths(6),
            new BigDecimal("365"),
            "mg",
            new BigDecimal("35"),
            true,
            "RN Lee",
            List.of(new Documentation.Container(new BigDecimal("100"), "mg", 4))));
  }

  static Documentation withDrug(Documentation.Drug d) {
    Documentation v = valid();
    return new Documentation(
        List.of(d),
        v.administrations(),
        v.nurseNpi(),
        v.supervisingNpi(),
        v.weightKg(),
        v.weighedOn(),
        v.reaction(),
        v.incompleteReason(),
        v.primaryAdministrationId());
  }

  static Documentation withStop(Route route, LocalDateTime stop) {
    Documentation v = valid();
    var a = v.administrations().get(0);
    return new Documentation(
        v.drugs(),
        List.of(
            new Documentation.Administration(
                a.id(), route, a.category(), a.drugHcpcs(), a.start(), stop, a.accessSite())),
        v.nurseNpi(),
        v.supervisingNpi(),
        v.weightKg(),
        v.weighedOn(),
        v.reaction(),
        v.incompleteReason(),
        v.primaryAdministrationId());
  }

  static Documentation withNpi(String nurse, String supervising) {
    Documentation v = valid();
    return new Documentation(
        v.drugs(),
        v.administrations(),
        nurse,
        supervising,
        v.weightKg(),
        v.weighedOn(),
        v.reaction(),
        v.incompleteReason(),
        v.primaryAdministrationId());
  }

  static Documentation.Drug d(
      String ndc, LocalDate expiry, String given, String discarded, String witness) {
    return new Documentation.Drug(
        "J1745",
        ndc,
        "RMC2611A",
        expiry,
        new BigDecimal(given),
        "mg",
        discarded == null ? null : new BigDecimal(discarded),
        true,
        witness,
        List.of(new Documentation.Container(new BigDecimal("100"), "mg", 4)));
  }

  static Stream<Arguments> rules() {
    LocalDate ok = DAY.plusMonths(6);
    return Stream.of(
        Arguments.of("valid", valid(), null),
        Arguments.of("NDC 5-3-2", withDrug(d("50242-150-01", ok, "365", "35", "RN")), null),
        Arguments.of("NDC 11 digits", withDrug(d("57894003001", ok, "365", "35", "RN")), null),
        Arguments.of(
            "NDC shape", withDrug(d("5789-03-001", ok, "365", "35", "RN")), "drugs[0].ndc"),
        Arguments.of(
            "expired lot",
            withDrug(d("57894-030-01", DAY.minusDays(1), "365", "35", "RN")),
            "drugs[0].expiry"),
        Arguments.of(
            "expires on the day", withDrug(d("57894-030-01", DAY, "365", "35", "RN")), null),
        Arguments.of(
            "discard over containers - given",
            withDrug(d("57894-030-01", ok, "365", "36", "RN")),
            "drugs[0].discardedAmount"),
        Arguments.of(
            "given over containers",
            withDrug(d("57894-030-01", ok, "401", "0", null)),
            "drugs[0].administeredAmount"),
        Arguments.of(
            "waste without witness",
            withDrug(d("57894-030-01", ok, "365", "35", " ")),
            "drugs[0].wasteWitness"),
        Arguments.of(
            "no waste, no witness", withDrug(d("57894-030-01", ok, "400", "0", null)), null),
        Arguments.of(
            "stop before start",
            withStop(Route.IV_INFUSION, DAY.atTime(8, 59)),
            "administrations[0].stop"),
        Arguments.of(
            "IV infusion without stop",
            withStop(Route.IV_INFUSION, null),
            "administrations[0].stop"),
        Arguments.of("injection without stop", withStop(Route.SUBCUTANEOUS, null), null),
        Arguments.of("nurse NPI check digit", withNpi("1245319598", null), "nurseNpi"),
        Arguments.of("nurse NPI missing", withNpi(null, null), "nurseNpi"),
        Arguments.of(
            "supervising NPI check digit", withNpi("1245319599", "1234567890"), "supervisingNpi"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleNamesItsField(String rule, Documentation documentation, String field) {
    var problem = DocumentationValidator.check(documentation, DAY);
    if (field == null) {
      assertThat(problem).as(rule).isEmpty();
    } else {
      assertThat(problem)
          .as(rule)
          .get()
          .extracting(DocumentationValidator.Problem::field)
          .isEqualTo(field);
    }
  }
}
