package com.infusionbilling.billing.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "10.000, 10",
    "7.70, 7.7",
    "0.000, 0",
    "100, 100",
    "1E+3, 1000",
    "-2.50, -2.5",
    "0.125, 0.125",
    "36.500000, 36.5"
  })
  void explanationsWriteAmountsWithoutTrailingZeros(String value, String written) {
    assertThat(Amounts.plain(new BigDecimal(value))).isEqualTo(written);
  }
}
