package com.infusionbilling.dashboard;

import com.infusionbilling.authorization.AuthorizationMonitoringProcess;
import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.AuthorizationStatus;
import com.infusionbilling.authorization.PayerAuthorization;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimStatus;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.episode.DoseBasis;
import com.infusionbilling.episode.EpisodeQueries;
import com.infusionbilling.episode.TherapyOrder;
import com.infusionbilling.worklist.Stage;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager dashboard's numbers: per-stage SLA figures and workload aggregated in SQL from the
 * task snapshot (the v2 API, this package's table), the authorization panel through authorization's
 * and episode's query APIs, the claims panel through claim's.
 */
@Service
public class DashboardService {
  static final double AT_RISK_SHARE = 0.8;

  public record StageRow(
      String stage,
      String label,
      long open,
      Double medianAgeHours,
      Double p90AgeHours,
      double slaTargetHours,
      long atRisk,
      long breached) {}

  public record Workload(String assignee, String group, long open, long overdue) {}

  public record ExpiringAuthorization(
      long id,
      String number,
      String payerId,
      String hcpcs,
      LocalDate validTo,
      Double unitsRemaining,
      Integer dosesRemaining) {}

  public record Authorizations(
      long expiringWithin7,
      long expiringWithin14,
      long expiringWithin30,
      long renewalsInProgress,
      long lapsed,
      long unitsShort,
      List<ExpiringAuthorization> expiring) {}

  public record Dashboard(
      Instant generatedAt,
      long openTasks,
      List<StageRow> stages,
      Authorizations authorizations,
      Claims claims,
      List<Workload> workload) {}

  /**
   * The claims panel: how many claim versions are in each status (every status, zeros included),
   * each number drilling down to {@link #claims(String, int)}.
   */
  public record Claims(Map<String, Long> byStatus, long total) {}

  public record DrillItem(
      long key,
      String name,
      String stage,
      long processInstanceKey,
      String assignee,
      double ageHours,
      OffsetDateTime due) {}

  public record Drill(List<DrillItem> items, long total) {}

  /** How many of the authorizations ending within 30 days the panel lists. */
  static final int EXPIRING_LISTED = 50;

  private final JdbcTemplate jdbc;
  private final DashboardSettings settings;
  private final AuthorizationQueries authorizationQueries;
  private final EpisodeQueries episodes;
  private final ReferenceDataService reference;
  private final ClaimQueries claimQueries;
  private final Clock clock;
  private final ZoneId zone;

  public DashboardService(
      JdbcTemplate jdbc,
      DashboardSettings settings,
      AuthorizationQueries authorizationQueries,
      EpisodeQueries episodes,
      ReferenceDataService reference,
      ClaimQueries claimQueries,
      BillingProperties billing) {
    this.claimQueries = claimQueries;
    this.zone = billing.zone();
    this.jdbc = jdbc;
    this.settings = settings;
    this.authorizationQueries = authorizationQueries;
    this.episodes = episodes;
    this.reference = reference;
    this.clock = Clock.systemUTC();
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard() {
    Instant now = clock.instant();
    List<StageRow> stages = new ArrayList<>();
    long open = 0;
    for (Stage stage : Stage.values()) {
      StageRow row = stage(stage, now);
      stages.add(row);
      open += row.open();
    }
    return new Dashboard(now, open, stages, authorizations(), claims(), workload(now));
  }

  /**
   * Every stage's open, at-risk and breached counts, for the metrics ({@link DashboardMetrics}).
   */
  @Transactional(readOnly = true)
  public List<StageRow> stages() {
    Instant now = clock.instant();
    List<StageRow> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      stages.add(stage(stage, now));
    }
    return stages;
  }

  private Claims claims() {
    Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
    long total = 0;
    for (var e : claimQueries.countByStatus().entrySet()) {
      byStatus.put(e.getKey().name(), e.getValue());
      total += e.getValue();
    }
    return new Claims(byStatus, total);
  }

  /** The drill-down of the claims panel: the claims in a status, most recently changed first. */
  public List<ClaimView.Summary> claims(String status, int limit) {
    ClaimStatus s;
    try {
      s = ClaimStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new com.infusionbilling.worklist.WorklistException.BadRequest(
          "status",
          "unknown claim status '"
              + status
              + "'; one of "
              + java.util.Arrays.toString(ClaimStatus.values()));
    }
    return claimQueries.inStatus(s, limit);
  }

  private StageRow stage(Stage stage, Instant now) {
    Duration target = settings.target(stage);
    Timestamp breachedBefore = Timestamp.from(now.minus(target));
    Timestamp atRiskBefore =
        Timestamp.from(now.minusMillis((long) (target.toMillis() * AT_RISK_SHARE)));
    long[] counts =
        jdbc.queryForObject(
            "SELECT COUNT(*),"
                + " COALESCE(SUM(CASE WHEN created_at <= ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN created_at > ? AND created_at <= ? THEN 1 ELSE 0 END), 0)"
                + " FROM dash_task_snapshot WHERE stage = ?",
            (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
            breachedBefore,
            breachedBefore,
            atRiskBefore,
            stage.name());
    long n = counts[0];
    return new StageRow(
        stage.name(),
        stage.label(),
        n,
        percentileAge(stage, n, 0.5, now),
        percentileAge(stage, n, 0.9, now),
        target.toMinutes() / 60.0,
        counts[2],
        counts[1]);
  }

  /** The age at percentile p (nearest rank), read as one row at an offset of the stage index. */
  private Double percentileAge(Stage stage, long n, double p, Instant now) {
    if (n == 0) {
      return null;
    }
    long rank = (long) Math.ceil(p * n); // 1-based, youngest first
    Timestamp created =
        jdbc.queryForObject(
            "SELECT created_at FROM dash_task_snapshot WHERE stage = ?"
                + " ORDER BY created_at DESC LIMIT 1 OFFSET ?",
            Timestamp.class,
            stage.name(),
            rank - 1);
    return Duration.between(created.toInstant(), now).toMinutes() / 60.0;
  }

  private List<Workload> workload(Instant now) {
    Timestamp ts = Timestamp.from(now);
    List<Workload> out = new ArrayList<>();
    out.addAll(
        jdbc.query(
            "SELECT assignee, COUNT(*), COALESCE(SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0)"
                + " FROM dash_task_snapshot WHERE assignee IS NOT NULL GROUP BY assignee"
                + " ORDER BY COUNT(*) DESC, assignee LIMIT 100",
            (rs, i) -> new Workload(rs.getString(1), null, rs.getLong(2), rs.getLong(3)),
            ts));
    out.addAll(
        jdbc.query(
            "SELECT g.group_name, COUNT(*), COALESCE(SUM(CASE WHEN t.due_at < ? THEN 1 ELSE 0 END), 0)"
                + " FROM dash_task_snapshot t JOIN dash_task_snapshot_group g"
                + " ON g.user_task_key = t.user_task_key WHERE t.assignee IS NULL"
                + " GROUP BY g.group_name ORDER BY g.group_name",
            (rs, i) -> new Workload(null, rs.getString(1), rs.getLong(2), rs.getLong(3)),
            ts));
    return out;
  }

  /**
   * The authorization panel, read through authorization's and episode's query APIs: approved
   * authorizations ending within 7, 14 and 30 days (the 30-day ones listed with units and doses
   * left), renewals in progress, lapses, and authorizations whose units will not cover the doses
   * scheduled before they end.
   */
  static final String RENEWAL_PROCESS_ID = AuthorizationMonitoringProcess.PROCESS_ID;

  static final String RENEWAL_TASK_ID =
      AuthorizationMonitoringProcess.TASK_ATTACH_CLINICAL_RESPONSE;

  Authorizations authorizations() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    long d7 = authorizationQueries.countApprovedEndingBetween(today, today.plusDays(7));
    long d14 = authorizationQueries.countApprovedEndingBetween(today, today.plusDays(14));
    long d30 = authorizationQueries.countApprovedEndingBetween(today, today.plusDays(30));
    // a renewal is in progress from its "Attach clinical response" task on (no request exists
    // yet) until the payer decides its request (issue 14 item 6: the panel showed 0 while the
    // task was open)
    long renewals =
        authorizationQueries.countRenewalsInProgress()
            + count(
                "SELECT COUNT(*) FROM dash_task_snapshot WHERE process_id = ? AND element_id = ?",
                RENEWAL_PROCESS_ID,
                RENEWAL_TASK_ID);
    long lapsed = authorizationQueries.countWithStatus(AuthorizationStatus.LAPSED);
    List<PayerAuthorization> ending =
        authorizationQueries.approvedEndingBetween(today, today.plusDays(30));
    Map<Long, TherapyOrder> orders =
        episodes.orders(ending.stream().map(PayerAuthorization::getEpisodeId).distinct().toList());
    ReferenceSnapshot catalogue = reference.current();
    List<ExpiringAuthorization> expiring = new ArrayList<>();
    long unitsShort = 0;
    for (PayerAuthorization a : ending) {
      TherapyOrder order = orders.get(a.getEpisodeId());
      if (order == null) {
        continue;
      }
      long doses = dosesBefore(today, a.getValidTo(), order);
      if (expiring.size() < EXPIRING_LISTED) {
        Double remaining =
            a.getApprovedQuantity() == null
                ? null
                : a.getApprovedQuantity().subtract(a.getUsedQuantity()).doubleValue();
        expiring.add(
            new ExpiringAuthorization(
                a.getId(),
                a.getAuthorizationNumber(),
                a.getPayerId(),
                a.getHcpcs(),
                a.getValidTo(),
                remaining,
                (int) doses));
      }
      BigDecimal descriptor = catalogue.drug(a.getHcpcs()).map(Drug::descriptorAmount).orElse(null);
      if (a.getApprovedQuantity() != null
          && order.getDoseBasis() == DoseBasis.FIXED
          && descriptor != null
          && a.getBasis() == AuthorizationBasis.UNITS) {
        double unitsPerDose =
            Math.ceil(order.getDoseAmount().doubleValue() / descriptor.doubleValue());
        double remaining = a.getApprovedQuantity().subtract(a.getUsedQuantity()).doubleValue();
        if (remaining < doses * unitsPerDose) {
          unitsShort++;
        }
      }
    }
    return new Authorizations(d7, d14, d30, renewals, lapsed, unitsShort, expiring);
  }

  /** Doses the order schedules from today to {@code validTo}, at most the doses ordered. */
  static long dosesBefore(LocalDate today, LocalDate validTo, TherapyOrder order) {
    long days = ChronoUnit.DAYS.between(today, validTo);
    return Math.min(order.getNumberOfDoses(), days / Math.max(1, order.getIntervalDays()) + 1);
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  @Transactional(readOnly = true)
  public Drill drill(Stage stage, String bucket, int page, int size) {
    Instant now = clock.instant();
    Duration target = settings.target(stage);
    Timestamp breachedBefore = Timestamp.from(now.minus(target));
    Timestamp atRiskBefore =
        Timestamp.from(now.minusMillis((long) (target.toMillis() * AT_RISK_SHARE)));
    String where;
    Object[] args;
    switch (bucket) {
      case "open" -> {
        where = "stage = ?";
        args = new Object[] {stage.name()};
      }
      case "atRisk" -> {
        where = "stage = ? AND created_at > ? AND created_at <= ?";
        args = new Object[] {stage.name(), breachedBefore, atRiskBefore};
      }
      case "breached" -> {
        where = "stage = ? AND created_at <= ?";
        args = new Object[] {stage.name(), breachedBefore};
      }
      default ->
          throw new com.infusionbilling.worklist.WorklistException.BadRequest(
              "bucket", "one of open, atRisk, breached");
    }
    long total = count("SELECT COUNT(*) FROM dash_task_snapshot WHERE " + where, args);
    List<Object> pageArgs = new ArrayList<>(List.of(args));
    pageArgs.add(Math.max(1, Math.min(size, 200)));
    pageArgs.add(Math.max(0, page) * (long) Math.max(1, Math.min(size, 200)));
    List<DrillItem> items =
        jdbc.query(
            "SELECT user_task_key, name, stage, process_instance_key, assignee, created_at, due_at"
                + " FROM dash_task_snapshot WHERE "
                + where
                + " ORDER BY created_at, user_task_key LIMIT ? OFFSET ?",
            (rs, i) ->
                new DrillItem(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    Duration.between(rs.getTimestamp(6).toInstant(), now).toMinutes() / 60.0,
                    rs.getTimestamp(7) == null
                        ? null
                        : rs.getTimestamp(7).toInstant().atOffset(ZoneOffset.UTC)),
            pageArgs.toArray());
    return new Drill(items, total);
  }
}
