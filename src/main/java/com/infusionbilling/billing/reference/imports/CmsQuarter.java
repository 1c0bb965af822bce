package com.infusionbilling.billing.reference.imports;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar quarter a quarterly CMS file (ASP pricing, OPPS Addendum B) applies to, as "2025Q3"
 * with its first and last day.
 */
record CmsQuarter(String quarter, LocalDate start, LocalDate end) {

  private static final Pattern QUARTER_PARAM =
      Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[\\s_-]*(?:\\d{1,2},?[\\s_-]*)?(\\d{4})",
          Pattern.CASE_INSENSITIVE);

  /**
   * The quarter the request files the file under ({@code quarterParam}, e.g. "2025Q3") or, without
   * one, the quarter the file names ({@code fromFile}); refused when neither is there, when the
   * parameter is not a quarter, or when the two disagree.
   */
  static CmsQuarter resolve(String quarterParam, String fromFile) {
    String quarter;
    if (quarterParam != null && !quarterParam.isBlank()) {
      Matcher m = QUARTER_PARAM.matcher(quarterParam.trim());
      if (!m.matches()) {
        throw new FileRejectedException(
            "quarter", 0, "'" + quarterParam + "' is not a quarter like 2025Q3");
      }
      quarter = m.group(1) + "Q" + m.group(2);
      if (fromFile != null && !fromFile.equals(quarter)) {
        throw new FileRejectedException(
            "quarter",
            0,
            "the file is for " + fromFile + " but the request files it under " + quarter);
      }
    } else if (fromFile != null) {
      quarter = fromFile;
    } else {
      throw new FileRejectedException(
          "quarter", 0, "the quarter is not in the file's title or name; pass quarter=YYYYQn");
    }
    int year = Integer.parseInt(quarter.substring(0, 4));
    int q = quarter.charAt(5) - '0';
    LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
    return new CmsQuarter(quarter, start, start.plusMonths(3).minusDays(1));
  }

  /** The quarter of the first "month year" in a title or file name ("July 1, 2025" → 2025Q3). */
  static String quarterOf(String text) {
    Matcher m = MONTH_YEAR.matcher(text);
    if (!m.find()) {
      return null;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    Month month = null;
    for (Month candidate : Month.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) {
        month = candidate;
      }
    }
    return month == null ? null : m.group(2) + "Q" + ((month.getValue() - 1) / 3 + 1);
  }
}
