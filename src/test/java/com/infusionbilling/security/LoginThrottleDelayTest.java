package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long a user name waits after its n-th failed sign-in in a row, with the default settings. */
class LoginThrottleDelayTest {

  @ParameterizedTest(name = "failure {0} waits {1}")
  @CsvSource({
    "1, PT0S",
    "4, PT0S",
    "5, PT30S",
    "6, PT1M",
    "7, PT2M",
    "9, PT8M",
    "10, PT15M",
    "40, PT15M"
  })
  void theWaitDoublesFromThirtySecondsUpToFifteenMinutes(int failures, Duration wait) {
    var settings =
        new SecuritySettings.LoginThrottle(
            5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));
    assertThat(settings.delayAfter(failures)).isEqualTo(wait);
  }
}
