package com.infusionbilling.dashboard;

import com.infusionbilling.worklist.Stage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The manager SLA dashboard and its drill-downs. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@EnableScheduling
@EnableConfigurationProperties(DashboardSettings.class)
public class DashboardController {
  private final DashboardService dashboard;
  private final TaskSnapshot snapshot;

  public DashboardController(DashboardService dashboard, TaskSnapshot snapshot) {
    this.dashboard = dashboard;
    this.snapshot = snapshot;
  }

  @GetMapping("/api/dashboard")
  public DashboardService.Dashboard dashboard() {
    return dashboard.dashboard();
  }

  @GetMapping("/api/dashboard/stages/{stage}/items")
  public DashboardService.Drill drill(
      @PathVariable String stage,
      @RequestParam(defaultValue = "open") String bucket,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return dashboard.drill(Stage.parse(stage), bucket, page, size);
  }

  /** The claims panel's drill-down: claim versions in a status, most recently changed first. */
  @GetMapping("/api/dashboard/claims")
  public java.util.List<com.infusionbilling.claim.ClaimView.Summary> claims(
      @RequestParam String status, @RequestParam(defaultValue = "100") int size) {
    return dashboard.claims(status, size);
  }

  /** Refreshes the task snapshot now instead of at the next scheduled refresh. */
  @PostMapping("/api/dashboard/refresh")
  public java.util.Map<String, Integer> refresh() {
    return java.util.Map.of("openTasks", snapshot.refresh());
  }
}
