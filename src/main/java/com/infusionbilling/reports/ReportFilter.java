package com.infusionbilling.reports;

import com.infusionbilling.web.InvalidInputException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters every report takes: payer (payer ID), drug (the HCPCS code of a line of the claim)
 * and month (of the date of service, {@code YYYY-MM}), applied to the claims behind each figure
 * (alias {@code c} of {@code claim_report}); and the day the report is as of.
 */
public record ReportFilter(String payer, String drug, YearMonth month, LocalDate asOf) {

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
    }
    return new ReportFilter(p, d, m, asOf);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The SQL condition on {@code c} (starts with " AND", or empty) and its arguments. */
  record Sql(String where, List<Object> args) {
    Object[] with(Object... before) {
      List<Object> all = new ArrayList<>(List.of(before));
      all.addAll(args);
      return all.toArray();
    }
  }

  Sql sql() {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (payer != null) {
      where.append(" AND c.payer_id = ?");
      args.add(payer);
    }
    if (drug != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM claim_line_report fl WHERE fl.claim_id = c.claim_id"
              + " AND fl.code = ?)");
      args.add(drug);
    }
    if (month != null) {
      where.append(" AND c.date_of_service >= ? AND c.date_of_service < ?");
      args.add(Date.valueOf(month.atDay(1)));
      args.add(Date.valueOf(month.plusMonths(1).atDay(1)));
    }
    return new Sql(where.toString(), args);
  }
}
