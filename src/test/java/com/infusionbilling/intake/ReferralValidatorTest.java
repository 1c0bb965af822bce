package com.infusionbilling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralValidatorTest {

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "1234567893, true, CMS NPI check digit example (NPPES 'check digit' document)",
    "1245319599, true, NPI used by the X12 samples",
    "1234567890, false, last digit changed",
    "1245319598, false, last digit changed",
  })
  void npiCheckDigit(String npi, boolean valid, String source) {
    assertThat(ReferralValidator.npiCheckDigitValid(npi)).isEqualTo(valid);
  }
}
