package com.infusionbilling.dashboard;

import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimStatus;
import com.infusionbilling.worklist.Stage;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The operational gauges on {@code /actuator/prometheus} (docs/operations.md): open user tasks, at
 * risk and SLA-breached per stage (from the dashboard's task snapshot), claim versions per status,
 * and the engine's active incidents. They are read at most every {@link #MAX_AGE}, however often
 * Prometheus scrapes; a value that cannot be read (the database or the engine away) is NaN, so the
 * gap shows on the graph instead of a stale number.
 */
@Component
public class DashboardMetrics implements MeterBinder {
  static final Duration MAX_AGE = Duration.ofSeconds(15);
  private static final Logger log = LoggerFactory.getLogger(DashboardMetrics.class);

  private final DashboardService dashboard;
  private final ClaimQueries claims;
  private final CamundaClient camunda;
  private final Map<String, Snapshot> snapshots = new HashMap<>();

  public DashboardMetrics(DashboardService dashboard, ClaimQueries claims, CamundaClient camunda) {
    this.dashboard = dashboard;
    this.claims = claims;
    this.camunda = camunda;
  }

  private record Snapshot(Instant at, Object value) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Stage stage : Stage.values()) {
      stageGauge(registry, "ibw.tasks.open", "Open user tasks of the stage", stage, Field.OPEN);
      stageGauge(
          registry,
          "ibw.sla.at.risk",
          "Open tasks of the stage past 80 % of its SLA target",
          stage,
          Field.AT_RISK);
      stageGauge(
          registry,
          "ibw.sla.breached",
          "Open tasks of the stage older than its SLA target",
          stage,
          Field.BREACHED);
    }
    for (ClaimStatus status : ClaimStatus.values()) {
      Gauge.builder("ibw.claims", this, m -> m.claimCount(status))
          .description("Claim versions in the status")
          .tag("status", status.name())
          .register(registry);
    }
    Gauge.builder("ibw.incidents.active", this, DashboardMetrics::activeIncidents)
        .description("Active incidents in the engine (a job out of retries, a failed expression)")
        .register(registry);
  }

  private enum Field {
    OPEN,
    AT_RISK,
    BREACHED
  }

  private void stageGauge(
      MeterRegistry registry, String name, String description, Stage stage, Field field) {
    Gauge.builder(name, this, m -> m.stageCount(stage, field))
        .description(description)
        .tag("stage", stage.name())
        .register(registry);
  }

  @SuppressWarnings("unchecked")
  private double stageCount(Stage stage, Field field) {
    Map<String, DashboardService.StageRow> rows =
        (Map<String, DashboardService.StageRow>)
            cached(
                "stages",
                () -> {
                  Map<String, DashboardService.StageRow> byStage = new HashMap<>();
                  dashboard.stages().forEach(r -> byStage.put(r.stage(), r));
                  return byStage;
                });
    if (rows == null || !rows.containsKey(stage.name())) {
      return Double.NaN;
    }
    var row = rows.get(stage.name());
    return switch (field) {
      case OPEN -> row.open();
      case AT_RISK -> row.atRisk();
      case BREACHED -> row.breached();
    };
  }

  @SuppressWarnings("unchecked")
  private double claimCount(ClaimStatus status) {
    Map<ClaimStatus, Long> counts =
        (Map<ClaimStatus, Long>) cached("claims", () -> new EnumMap<>(claims.countByStatus()));
    return counts == null ? Double.NaN : counts.getOrDefault(status, 0L);
  }

  private double activeIncidents() {
    Long total =
        (Long)
            cached(
                "incidents",
                () ->
                    camunda
                        .newIncidentSearchRequest()
                        .filter(f -> f.state(IncidentState.ACTIVE))
                        .page(p -> p.limit(1))
                        .send()
                        .join()
                        .page()
                        .totalItems());
    return total == null ? Double.NaN : total;
  }

  private synchronized Object cached(String key, java.util.function.Supplier<Object> read) {
    Snapshot s = snapshots.get(key);
    Instant now = Instant.now();
    if (s == null || s.at().plus(MAX_AGE).isBefore(now)) {
      Object value;
      try {
        value = read.get();
      } catch (RuntimeException e) {
        log.warn("Metric {} not readable ({})", key, e.getClass().getName());
        value = null;
      }
      s = new Snapshot(now, value);
      snapshots.put(key, s);
    }
    return s.value();
  }
}
