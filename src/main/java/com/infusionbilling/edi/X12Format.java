package com.infusionbilling.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** X12 value formats: CCYYMMDD dates, HHMM times, R (decimal) amounts without trailing zeros. */
public final class X12Format {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

  private X12Format() {}

  public static String date(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }

  public static String time(LocalTime t) {
    return TIME.format(t);
  }

  /** A date range in RD8 form: {@code CCYYMMDD-CCYYMMDD}. */
  public static String range(LocalDate from, LocalDate to) {
    return date(from) + "-" + date(to == null ? from : to);
  }

  /** An R value: {@code 3700}, {@code 12.5}; null stays null. */
  public static String decimal(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }

  public static LocalDate parseDate(String s) {
    return s == null ? null : LocalDate.parse(s, DATE);
  }

  /** The start of a D8 or RD8 value. */
  public static LocalDate rangeStart(String s) {
    if (s == null) {
      return null;
    }
    int dash = s.indexOf('-');
    return parseDate(dash < 0 ? s : s.substring(0, dash));
  }

  /** The end of an RD8 value, or the date of a D8 value. */
  public static LocalDate rangeEnd(String s) {
    if (s == null) {
      return null;
    }
    int dash = s.indexOf('-');
    return parseDate(dash < 0 ? s : s.substring(dash + 1));
  }

  public static BigDecimal parseDecimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /** Pads or checks an ISA fixed-width field. */
  static String fixed(String s, int width) {
    if (s.length() > width) {
      throw new IllegalArgumentException("ISA field longer than " + width + " characters");
    }
    return s + " ".repeat(width - s.length());
  }
}
