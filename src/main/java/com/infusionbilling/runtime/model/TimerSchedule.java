package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.model.EventDefinition.TimerKind;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a timer is due, from a timer definition's value as Camunda 8 documents them: a timeDate (ISO
 * 8601 date-time, with offset or zone; UTC without), a timeDuration (ISO 8601 duration such as
 * {@code PT15S}, {@code P14D}, {@code P1Y2M}), or a timeCycle (ISO 8601 repeating interval {@code
 * R5/PT10S}, {@code R/P1D}, optionally with a start date {@code R3/2025-01-01T09:00:00Z/PT1H}, or a
 * cron expression such as {@code 0 0 9-17 * * MON-FRI}). FEEL expressions may also return date-time
 * and duration values.
 *
 * @param dueDate when the timer fires first (epoch millis of the runtime clock)
 * @param repetitions how many times it fires in all; -1 for a cycle without end
 * @param cycle the cycle that computes the following due dates; null for a timer firing once
 */
public record TimerSchedule(long dueDate, int repetitions, String cycle) {

  private static final Pattern DURATION =
      Pattern.compile(
          "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
              + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?");

  /** The schedule of a timer whose definition evaluated to the given value at {@code now}. */
  public static TimerSchedule of(TimerKind kind, Object value, long now) {
    return switch (kind) {
      case DATE -> new TimerSchedule(date(value).toEpochMilli(), 1, null);
      case DURATION -> new TimerSchedule(plus(now, duration(value)), 1, null);
      case CYCLE -> cycle(text(value, "a time cycle"), now);
    };
  }

  /** Checks a static timer value at deployment; throws IllegalArgumentException when invalid. */
  public static void validate(TimerKind kind, String value) {
    of(kind, value, 0);
  }

  /** Whether the timer fires again after this trigger. */
  public boolean repeats() {
    return cycle != null && repetitions != 1;
  }

  /** The schedule after the timer fired at {@code now}: the next due date, one repetition less. */
  public TimerSchedule next(long now) {
    int remaining = repetitions < 0 ? -1 : repetitions - 1;
    return new TimerSchedule(nextDue(cycle, now), remaining, cycle);
  }

  private static TimerSchedule cycle(String text, long now) {
    String cycle = text.strip();
    if (cycle.startsWith("R")) {
      String[] parts = cycle.split("/");
      if (parts.length < 2 || parts.length > 3) {
        throw invalid("time cycle", cycle, "expected R[n]/[start/]duration");
      }
      int repetitions;
      try {
        repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
      } catch (NumberFormatException e) {
        throw invalid("time cycle", cycle, "the repetitions must be a number");
      }
      if (repetitions == 0) {
        throw invalid("time cycle", cycle, "the cycle must repeat at least once");
      }
      TemporalAmount interval = duration(parts[parts.length - 1]);
      long first = parts.length == 3 ? date(parts[1]).toEpochMilli() : plus(now, interval);
      return new TimerSchedule(first, repetitions, cycle);
    }
    CronExpression cron = cron(cycle);
    return new TimerSchedule(nextCron(cron, now), -1, cycle);
  }

  private static long nextDue(String cycle, long now) {
    if (cycle.startsWith("R")) {
      String[] parts = cycle.split("/");
      return plus(now, duration(parts[parts.length - 1]));
    }
    return nextCron(cron(cycle), now);
  }

  private static CronExpression cron(String text) {
    try {
      return CronExpression.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(
          "time cycle",
          text,
          "expected an ISO 8601 repeating interval (R5/PT10S) or a cron expression ("
              + e.getMessage()
              + ")");
    }
  }

  private static long nextCron(CronExpression cron, long now) {
    ZonedDateTime next = cron.next(Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC));
    if (next == null) {
      throw new IllegalArgumentException("the cron expression has no next date");
    }
    return next.toInstant().toEpochMilli();
  }

  static Instant date(Object value) {
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    String text = text(value, "a date-time").strip();
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeException zoned) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException local) {
        throw invalid("time date", text, "expected an ISO 8601 date-time");
      }
    }
  }

  static TemporalAmount duration(Object value) {
    if (value instanceof Duration d) {
      return d;
    }
    if (value instanceof Period p) {
      return p;
    }
    String text = text(value, "a duration").strip();
    Matcher m = DURATION.matcher(text.toUpperCase(Locale.ROOT));
    if (!m.matches() || text.length() < 3 || text.endsWith("T")) {
      throw invalid("time duration", text, "expected an ISO 8601 duration such as PT15S or P14D");
    }
    Period period =
        Period.of(
            number(m.group(1)), number(m.group(2)), number(m.group(3)) * 7 + number(m.group(4)));
    Duration time =
        Duration.ofHours(number(m.group(5)))
            .plusMinutes(number(m.group(6)))
            .plusMillis(
                m.group(7) == null
                    ? 0
                    : Math.round(Double.parseDouble(m.group(7).replace(',', '.')) * 1000));
    return new PeriodAndDuration(period, time);
  }

  /** A calendar part (years, months, days) and a time part, as an ISO 8601 duration has. */
  private record PeriodAndDuration(Period period, Duration time) implements TemporalAmount {
    @Override
    public long get(java.time.temporal.TemporalUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.util.List<java.time.temporal.TemporalUnit> getUnits() {
      return java.util.List.of();
    }

    @Override
    public java.time.temporal.Temporal addTo(java.time.temporal.Temporal temporal) {
      return temporal.plus(period).plus(time);
    }

    @Override
    public java.time.temporal.Temporal subtractFrom(java.time.temporal.Temporal temporal) {
      return temporal.minus(period).minus(time);
    }
  }

  private static long plus(long now, TemporalAmount amount) {
    return Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC).plus(amount).toInstant().toEpochMilli();
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  private static String text(Object value, String expected) {
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(
        "Expected the timer value to be "
            + expected
            + " (a string or a FEEL temporal value), but was '"
            + value
            + "'");
  }

  private static IllegalArgumentException invalid(String what, String text, String why) {
    return new IllegalArgumentException("Invalid " + what + " '" + text + "': " + why);
  }
}
