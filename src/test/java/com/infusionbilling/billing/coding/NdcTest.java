package com.infusionbilling.billing.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NdcTest {
  private static final Set<String> CATALOGUE = Set.of("50242015001", "00002143380", "12345678901");

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11-digit NDC (5-4-2, CMS/FDA): 5-3-2 pads the product (50242-150-01 -> 50242-0150-01) | 50242-150-01 | 50242015001",
        "FDA 4-4-2 pads the labeler                                    | 0002-1433-80 | 00002143380",
        "FDA 5-4-1 pads the package                                    | 12345-6789-1 | 12345678901",
        "11-digit 5-4-2 with hyphens kept                              | 57894-0030-01 | 57894003001",
        "11 digits without hyphens kept                                | 57894003001 | 57894003001",
        "10 digits without hyphens resolved by the catalogue (5-3-2)   | 5024215001 | 50242015001",
        "10 digits without hyphens resolved by the catalogue (4-4-2)   | 0002143380 | 00002143380"
      })
  void normalisesTo11Digits(String source, String raw, String expected) {
    Ndc.Normalized n = Ndc.normalize(raw, CATALOGUE::contains);
    assertThat(n.valid()).as(source).isTrue();
    assertThat(n.ndc11()).as(source).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "letters are not an NDC                       | 5024A-150-01",
        "two segments                                 | 50242-15001",
        "6-3-2 is no NDC shape                        | 502421-150-01",
        "9 digits                                     | 502421500",
        "10 digits, none of the forms in the catalogue | 9999999999",
        "blank                                        | ' '"
      })
  void rejectsWhatIsNotAnNdc(String source, String raw) {
    Ndc.Normalized n = Ndc.normalize(raw, CATALOGUE::contains);
    assertThat(n.valid()).as(source).isFalse();
    assertThat(n.problem()).as(source).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "X12 RFI 591: one unit of a 20 mg code is NDC quantity 4 of a 5 mg NDC | 20 | MG | UN | 5 | MG | | 4.000",
        "mL from concentration: 77 mg of 100 mg/10 mL                          | 77 | MG | ML | 100 | MG | 10 | 7.700",
        "grams: 1.5 g of immune globulin                                       | 1500 | MG | GR | 10 | G | 100 | 1.500",
        "international units: 10,000 units                                     | 10000 | UNITS | F2 | 10000 | UNITS | 1 | 10000.000",
        "milligrams: 0.25 mg                                                   | 250 | MCG | ME | 0.25 | MG | 5 | 0.250",
        "mass cannot become units                                              | 20 | MG | F2 | 5 | MG | | "
      })
  void ndcQuantityIsNotHcpcsUnits(
      String source,
      String amount,
      String unit,
      String qualifier,
      String containerAmount,
      String containerUnit,
      String volume,
      String expected) {
    BigDecimal quantity =
        NdcQuantity.of(
            new BigDecimal(amount),
            AmountUnit.valueOf(unit),
            NdcUnit.valueOf(qualifier),
            new BigDecimal(containerAmount),
            AmountUnit.valueOf(containerUnit),
            volume == null ? null : new BigDecimal(volume));
    if (expected == null) {
      assertThat(quantity).as(source).isNull();
    } else {
      assertThat(quantity).as(source).isEqualByComparingTo(expected);
    }
  }
}
