package com.infusionbilling.reports;

import com.infusionbilling.billing.BillingProperties;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Revenue-cycle reports for managers (also enforced by security.AccessRules): every report takes
 * {@code payer}, {@code drug} (HCPCS), {@code month} (YYYY-MM, of the date of service) and {@code
 * asOf} (default today in the sites' zone). Formulas: docs/reports.md.
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ReportsController {
  private final RevenueCycleReports reports;
  private final ReportDrillDowns drill;
  private final BillingProperties billing;

  public ReportsController(
      RevenueCycleReports reports, ReportDrillDowns drill, BillingProperties billing) {
    this.reports = reports;
    this.drill = drill;
    this.billing = billing;
  }

  ReportFilter filter(String payer, String drug, String month, LocalDate asOf) {
    return ReportFilter.of(payer, drug, month, asOf == null ? LocalDate.now(billing.zone()) : asOf);
  }

  @GetMapping("/api/reports/ar")
  public RevenueCycleReports.AccountsReceivable ar(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return reports.accountsReceivable(filter(payer, drug, month, asOf));
  }

  @GetMapping("/api/reports/ar/claims")
  public List<ReportDrillDowns.ClaimRow> arClaims(
      @RequestParam String bucket,
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return drill.arBucket(filter(payer, drug, month, asOf), bucket);
  }

  @GetMapping("/api/reports/claim-quality")
  public RevenueCycleReports.ClaimQuality claimQuality(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return reports.claimQuality(filter(payer, drug, month, asOf));
  }

  /** {@code outcome}: clean or denied (first pass). */
  @GetMapping("/api/reports/claim-quality/claims")
  public List<ReportDrillDowns.ClaimRow> firstPassClaims(
      @RequestParam String outcome,
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return drill.firstPass(filter(payer, drug, month, asOf), outcome);
  }

  @GetMapping("/api/reports/denials")
  public List<ReportDrillDowns.DenialRow> denials(
      @RequestParam(required = false) String carc,
      @RequestParam(defaultValue = "false") boolean authorization,
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return drill.denials(filter(payer, drug, month, asOf), carc, authorization);
  }

  @GetMapping("/api/reports/lag")
  public RevenueCycleReports.Lag lag(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return reports.lag(filter(payer, drug, month, asOf));
  }

  @GetMapping("/api/reports/collections")
  public RevenueCycleReports.Collections collections(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return reports.collections(filter(payer, drug, month, asOf));
  }

  @GetMapping("/api/reports/appeals")
  public RevenueCycleReports.Appeals appeals(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return reports.appeals(filter(payer, drug, month, asOf));
  }

  @GetMapping("/api/reports/appeals/at-risk")
  public List<ReportDrillDowns.AppealRow> appealsAtRisk(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return drill.appealsAtRisk(filter(payer, drug, month, asOf));
  }

  @GetMapping("/api/reports/drugs")
  public RevenueCycleReports.DrugEconomics drugs(
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return reports.drugEconomics(filter(payer, drug, month, asOf));
  }

  @GetMapping("/api/reports/drugs/{ndc}/claims")
  public List<ReportDrillDowns.ClaimRow> drugClaims(
      @PathVariable String ndc,
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return drill.ofNdc(filter(payer, drug, month, asOf), ndc);
  }
}
