package com.infusionbilling.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A 278's first requested day is the practice's today, not UTC's: the crash harness, run at 01:26
 * UTC (20:26 in New York), had 37 visits of that day held because their authorizations were asked,
 * and granted, from the next day.
 */
class RequestedFromTest {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final Instant EVENING_IN_NEW_YORK = Instant.parse("2026-12-07T01:26:00Z");

  @Test
  void anOrderThatStartedEarlierIsAskedFromThePracticesToday() {
    assertThat(
            PriorAuthorizationService.requestedFrom(
                LocalDate.parse("2026-11-20"), EVENING_IN_NEW_YORK, NEW_YORK))
        .isEqualTo(LocalDate.parse("2026-12-06"));
  }

  @Test
  void anOrderStartingTodayInThePracticeIsAskedFromToday() {
    assertThat(
            PriorAuthorizationService.requestedFrom(
                LocalDate.parse("2026-12-06"), EVENING_IN_NEW_YORK, NEW_YORK))
        .isEqualTo(LocalDate.parse("2026-12-06"));
  }

  @Test
  void aLaterStartIsKept() {
    assertThat(
            PriorAuthorizationService.requestedFrom(
                LocalDate.parse("2027-01-04"), EVENING_IN_NEW_YORK, NEW_YORK))
        .isEqualTo(LocalDate.parse("2027-01-04"));
  }
}
