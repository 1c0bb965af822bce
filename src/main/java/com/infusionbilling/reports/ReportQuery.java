package com.infusionbilling.reports;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The request parameters every report and drill-down takes, bound once ({@code @ModelAttribute}):
 * {@code payer} (payer ID), {@code drug} (HCPCS), {@code month} (YYYY-MM, of the date of service)
 * and {@code asOf} (ISO date; default today in the sites' zone). A bad value is a 400 naming the
 * parameter: {@code asOf} when binding fails, the others from {@link ReportFilter#of}.
 */
public record ReportQuery(
    String payer,
    String drug,
    String month,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {

  /** The validated filter, as of {@code asOf} or else {@code today}. */
  ReportFilter filter(LocalDate today) {
    return ReportFilter.of(payer, drug, month, asOf == null ? today : asOf);
  }
}
