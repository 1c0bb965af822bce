package com.infusionbilling.reports;

import com.infusionbilling.billing.BillingProperties;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Revenue-cycle reports for managers (also enforced by security.AccessRules): every report and
 * drill-down takes the parameters of {@link ReportQuery} (payer, drug, month, asOf), bound once.
 * Formulas: docs/reports.md.
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ReportsController {
  private final RevenueCycleReports reports;
  private final ReportDrillDowns drill;
  private final ReportClaims claims;
  private final BillingProperties billing;

  public ReportsController(
      RevenueCycleReports reports,
      ReportDrillDowns drill,
      ReportClaims claims,
      BillingProperties billing) {
    this.reports = reports;
    this.drill = drill;
    this.claims = claims;
    this.billing = billing;
  }

  /**
   * The validated filter; then the per-claim summary catches up with every change committed so far,
   * before the report's own (read-only) transaction starts.
   */
  ReportFilter filter(ReportQuery query) {
    ReportFilter filter = query.filter(LocalDate.now(billing.zone()));
    claims.catchUp();
    return filter;
  }

  @GetMapping("/api/reports/ar")
  public RevenueCycleReports.AccountsReceivable ar(@ModelAttribute ReportQuery query) {
    return reports.accountsReceivable(filter(query));
  }

  @GetMapping("/api/reports/ar/claims")
  public List<ReportDrillDowns.ClaimRow> arClaims(
      @RequestParam String bucket, @ModelAttribute ReportQuery query) {
    return drill.arBucket(filter(query), bucket);
  }

  @GetMapping("/api/reports/claim-quality")
  public RevenueCycleReports.ClaimQuality claimQuality(@ModelAttribute ReportQuery query) {
    return reports.claimQuality(filter(query));
  }

  /** {@code outcome}: clean or denied (first pass). */
  @GetMapping("/api/reports/claim-quality/claims")
  public List<ReportDrillDowns.ClaimRow> firstPassClaims(
      @RequestParam String outcome, @ModelAttribute ReportQuery query) {
    return drill.firstPass(filter(query), outcome);
  }

  @GetMapping("/api/reports/denials")
  public List<ReportDrillDowns.DenialRow> denials(
      @RequestParam(required = false) String carc,
      @RequestParam(defaultValue = "false") boolean authorization,
      @ModelAttribute ReportQuery query) {
    return drill.denials(filter(query), carc, authorization);
  }

  @GetMapping("/api/reports/lag")
  public RevenueCycleReports.Lag lag(@ModelAttribute ReportQuery query) {
    return reports.lag(filter(query));
  }

  @GetMapping("/api/reports/collections")
  public RevenueCycleReports.Collections collections(@ModelAttribute ReportQuery query) {
    return reports.collections(filter(query));
  }

  @GetMapping("/api/reports/appeals")
  public RevenueCycleReports.Appeals appeals(@ModelAttribute ReportQuery query) {
    return reports.appeals(filter(query));
  }

  @GetMapping("/api/reports/appeals/at-risk")
  public List<ReportDrillDowns.AppealRow> appealsAtRisk(@ModelAttribute ReportQuery query) {
    return drill.appealsAtRisk(filter(query));
  }

  @GetMapping("/api/reports/drugs")
  public RevenueCycleReports.DrugEconomics drugs(@ModelAttribute ReportQuery query) {
    return reports.drugEconomics(filter(query));
  }

  @GetMapping("/api/reports/drugs/{ndc}/claims")
  public List<ReportDrillDowns.ClaimRow> drugClaims(
      @PathVariable String ndc, @ModelAttribute ReportQuery query) {
    return drill.ofNdc(filter(query), ndc);
  }
}
