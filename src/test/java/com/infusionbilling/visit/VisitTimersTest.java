package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Readiness timers: 3 business days ahead, the visit's day, and the day before (escalation). */
class VisitTimersTest {
  static final ZoneId SITE = ZoneId.of("America/New_York");

  @ParameterizedTest(name = "visit {0}: first check {1}")
  @CsvSource({
    // Thursday: Monday; Monday: the Wednesday before (the weekend is skipped); Tuesday: Thursday
    "2026-12-10, 2026-12-07",
    "2026-12-14, 2026-12-09",
    "2026-12-15, 2026-12-10",
    "2026-12-12, 2026-12-09"
  })
  void theFirstCheckIsThreeBusinessDaysBefore(LocalDate visit, LocalDate firstCheck) {
    VisitTimers t = VisitTimers.of(visit, SITE);
    assertThat(t.firstReadinessCheckAt()).isEqualTo(firstCheck.atStartOfDay(SITE).toInstant());
    assertThat(t.visitDayCheckAt()).isEqualTo(visit.atStartOfDay(SITE).toInstant());
    assertThat(t.readinessEscalationAt())
        .isEqualTo(visit.minusDays(1).atStartOfDay(SITE).toInstant());
  }

  @ParameterizedTest(name = "coverage from {0}, date {1}: plan year from {2}")
  @CsvSource({
    "2026-01-01, 2026-12-10, 2026-01-01",
    "2025-07-01, 2026-03-02, 2025-07-01",
    "2025-07-01, 2026-07-01, 2026-07-01"
  })
  void planYearsStartOnTheCoveragesEffectiveDate(LocalDate from, LocalDate date, LocalDate start) {
    assertThat(VisitReadiness.planYearStart(from, date)).isEqualTo(start);
  }

  @org.junit.jupiter.api.Test
  void theVisitsDayStartsAtMidnightAtTheSite() {
    assertThat(VisitTimers.of(LocalDate.of(2026, 12, 10), SITE).visitDayCheckAt())
        .isEqualTo(Instant.parse("2026-12-10T05:00:00Z"));
  }
}
