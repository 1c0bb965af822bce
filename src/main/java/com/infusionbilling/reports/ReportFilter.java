package com.infusionbilling.reports;

import com.infusionbilling.web.InvalidInputException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The filters every report takes: payer (payer ID), drug (the HCPCS code of a line of the claim)
 * and month (of the date of service, {@code YYYY-MM}), applied to the claims behind each figure
 * (alias {@code c} of {@code report_claim}, or of {@code report_claim_drug}); and the day the
 * report is as of.
 */
public record ReportFilter(String payer, String drug, YearMonth month, LocalDate asOf) {
  /** The days a report may be about: a year like +99999 is a typo, not a question. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  public static ReportFilter of(String payer, String drug, String month, LocalDate asOf) {
    String p = blank(payer) ? null : payer.strip();
    if (p != null && !p.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new InvalidInputException("payer", "a payer ID (letters, digits, _ and -)");
    }
    String d = blank(drug) ? null : drug.strip().toUpperCase(java.util.Locale.ROOT);
    if (d != null && !d.matches("[A-Z][0-9]{4}")) {
      throw new InvalidInputException("drug", "a HCPCS code such as J1745");
    }
    YearMonth m = null;
    if (!blank(month)) {
      try {
        m = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("month", "a month as YYYY-MM");
      }
      if (m.isBefore(YearMonth.from(EARLIEST)) || m.isAfter(YearMonth.from(LATEST))) {
        throw new InvalidInputException("month", "a month between 1900-01 and 2999-12");
      }
    }
    if (asOf != null && (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST))) {
      throw new InvalidInputException("asOf", "a day between 1900-01-01 and 2999-12-31");
    }
    return new ReportFilter(p, d, m, asOf);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * A WHERE clause and its arguments in the order of their placeholders: {@code sql} is " WHERE "
   * followed by the query's own condition and then this filter's, and {@code params(...)} puts the
   * arguments of placeholders written before the clause (in a SELECT list) first.
   */
  record Where(String sql, List<Object> args) {
    Object[] params(Object... before) {
      List<Object> all = new ArrayList<>(Arrays.asList(before));
      all.addAll(args);
      return all.toArray();
    }
  }

  /**
   * The one place the filter's SQL is written: {@code condition} (the query's own, on its tables;
   * empty for none) with {@code conditionArgs}, and the filter's conditions on the claims behind
   * the figure (alias {@code c} of {@code report_claim} or {@code report_claim_drug}).
   */
  Where where(String condition, Object... conditionArgs) {
    List<String> conditions = new ArrayList<>();
    List<Object> args = new ArrayList<>(Arrays.asList(conditionArgs));
    if (!condition.isBlank()) {
      conditions.add("(" + condition.strip() + ")");
    }
    if (payer != null) {
      conditions.add("c.payer_id = ?");
      args.add(payer);
    }
    if (drug != null) {
      conditions.add(
          "c.claim_id IN (SELECT fl.claim_id FROM claim_line_report fl WHERE fl.code = ?)");
      args.add(drug);
    }
    if (month != null) {
      conditions.add("c.date_of_service >= ? AND c.date_of_service < ?");
      args.add(Date.valueOf(month.atDay(1)));
      args.add(Date.valueOf(month.plusMonths(1).atDay(1)));
    }
    String sql = conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    return new Where(" WHERE " + sql, args);
  }
}
