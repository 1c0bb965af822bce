package com.infusionbilling.visit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the readiness of a visit is checked and escalated, in the sites' zone ({@code
 * billing.zone}): first at the start of the day three business days (Monday to Friday) before the
 * visit, again at the start of the visit's day; a visit still not ready is escalated to managers at
 * the start of the day before. Times already past fire at once.
 */
public record VisitTimers(
    Instant firstReadinessCheckAt, Instant visitDayCheckAt, Instant readinessEscalationAt) {

  public static VisitTimers of(LocalDate visitDate, ZoneId zone) {
    return new VisitTimers(
        businessDaysBefore(visitDate, InfusionVisitProcess.READINESS_BUSINESS_DAYS_AHEAD)
            .atStartOfDay(zone)
            .toInstant(),
        visitDate.atStartOfDay(zone).toInstant(),
        visitDate.minusDays(1).atStartOfDay(zone).toInstant());
  }

  static LocalDate businessDaysBefore(LocalDate date, int businessDays) {
    LocalDate d = date;
    int left = businessDays;
    while (left > 0) {
      d = d.minusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
