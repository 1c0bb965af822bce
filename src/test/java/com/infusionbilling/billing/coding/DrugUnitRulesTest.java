package com.infusionbilling.billing.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DrugUnitRulesTest {

  /**
   * One row per documented example: dose, descriptor, containers ("4x100 MG"), single-dose, payer
   * uses JW/JZ → administered units, JW units, JZ.
   */
  static Stream<Arguments> examples() {
    return Stream.of(
        row(
            "the-rheumatologist.org 'Key facts on billing drug wastage': 77 mg from a 100 mg vial, 10 mg code",
            "77 MG",
            "10 MG",
            "1x100 MG",
            true,
            true,
            8,
            2,
            false),
        row(
            "cms.gov discarded drugs (JW/JZ): infliximab 365 mg from 4 x 100 mg vials (J1745, 10 mg)",
            "365 MG",
            "10 MG",
            "4x100 MG",
            true,
            true,
            37,
            3,
            false),
        row(
            "CGS JZ claim example: infliximab 400 mg from 4 x 100 mg vials bills J1745-JZ x40",
            "400 MG",
            "10 MG",
            "4x100 MG",
            true,
            true,
            40,
            0,
            true),
        row(
            "Noridian JZ: 70 mg from a 100 mg vial of a 100 mg code is 1 unit with JZ, no JW line",
            "70 MG",
            "100 MG",
            "1x100 MG",
            true,
            true,
            1,
            0,
            true),
        row(
            "hcpro HIM-284459: units are rounded up and at least 1 (0.4 mg of a 1 mg code)",
            "0.4 MG",
            "1 MG",
            "",
            false,
            true,
            1,
            0,
            false),
        row(
            "CMS discarded drugs: multi-dose containers never bill waste or JW/JZ (trastuzumab 300 mg of a 420 mg MDV)",
            "300 MG",
            "10 MG",
            "1x420 MG",
            false,
            true,
            30,
            0,
            false),
        row(
            "issue 4: no JW/JZ when the payer does not require them (77 mg from 100 mg)",
            "77 MG",
            "10 MG",
            "1x100 MG",
            true,
            false,
            8,
            0,
            false),
        row(
            "explicit conversion g to mg: 1.5 g immune globulin of a 500 mg code",
            "1.5 G",
            "500 MG",
            "1x10 G",
            true,
            true,
            3,
            17,
            false),
        row(
            "explicit conversion mg to mcg: palonosetron 0.25 mg of a 25 mcg code, whole vial",
            "0.25 MG",
            "25 MCG",
            "1x0.25 MG",
            true,
            true,
            10,
            0,
            true),
        row(
            "units descriptor: epoetin 10,000 units of a 1000-unit code",
            "10000 UNITS",
            "1000 UNITS",
            "1x10000 UNITS",
            true,
            true,
            10,
            0,
            true),
        row(
            "JW = whole container units − administered: 77 mg from a 109 mg container gives 10 − 8 = 2",
            "77 MG",
            "10 MG",
            "1x109 MG",
            true,
            true,
            8,
            2,
            false));
  }

  static Arguments row(
      String source,
      String dose,
      String descriptor,
      String containers,
      boolean singleDose,
      boolean jwJz,
      int administered,
      int jw,
      boolean jz) {
    return Arguments.of(
        source, dose, descriptor, containers, singleDose, jwJz, administered, jw, jz);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void unitsFollowTheDocumentedExamples(
      String source,
      String dose,
      String descriptor,
      String containers,
      boolean singleDose,
      boolean jwJz,
      int administered,
      int jw,
      boolean jz) {
    String[] d = dose.split(" ");
    String[] desc = descriptor.split(" ");
    DrugUnits units =
        DrugUnitRules.compute(
            new BigDecimal(d[0]),
            AmountUnit.valueOf(d[1]),
            new BigDecimal(desc[0]),
            AmountUnit.valueOf(desc[1]),
            containers(containers),
            singleDose,
            jwJz);
    assertThat(units.administeredUnits()).as(source).isEqualTo(administered);
    assertThat(units.jwUnits()).as(source).isEqualTo(jw);
    assertThat(units.jz()).as(source).isEqualTo(jz);
    assertThat(units.wastageNote()).as(source).isNotBlank();
  }

  static List<DrugUnitRules.Container> containers(String spec) {
    List<DrugUnitRules.Container> out = new ArrayList<>();
    if (spec.isEmpty()) {
      return out;
    }
    for (String part : spec.split(",")) {
      String[] countAndSize = part.split("x");
      String[] size = countAndSize[1].split(" ");
      out.add(
          new DrugUnitRules.Container(
              new BigDecimal(size[0]),
              AmountUnit.valueOf(size[1]),
              Integer.parseInt(countAndSize[0])));
    }
    return out;
  }

  @Test
  void singleDoseWithoutDocumentedContainersCannotDecideJwOrJz() {
    DrugUnits units =
        DrugUnitRules.compute(
            new BigDecimal("77"),
            AmountUnit.MG,
            BigDecimal.TEN,
            AmountUnit.MG,
            List.of(),
            true,
            true);
    assertThat(units.jwJzUndetermined()).isTrue();
    assertThat(units.jz()).isFalse();
    assertThat(units.jwUnits()).isZero();
  }

  @Test
  void aDoseInUnitsDoesNotConvertToAMilligramDescriptor() {
    assertThatThrownBy(
            () ->
                DrugUnitRules.compute(
                    BigDecimal.TEN,
                    AmountUnit.UNITS,
                    BigDecimal.TEN,
                    AmountUnit.MG,
                    List.of(),
                    false,
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not convert");
  }

  @Test
  void unitSpellingsParseAndUnknownOnesDoNot() {
    assertThat(AmountUnit.parse("mg")).contains(AmountUnit.MG);
    assertThat(AmountUnit.parse(" Gm ")).contains(AmountUnit.G);
    assertThat(AmountUnit.parse("cc")).contains(AmountUnit.ML);
    assertThat(AmountUnit.parse("IU")).contains(AmountUnit.UNITS);
    assertThat(AmountUnit.parse("tablets")).isEmpty();
    assertThat(AmountUnit.G.convert(new BigDecimal("1.5"), AmountUnit.MG))
        .isEqualByComparingTo("1500");
    assertThat(AmountUnit.MCG.convert(new BigDecimal("250"), AmountUnit.MG))
        .isEqualByComparingTo("0.25");
  }
}
