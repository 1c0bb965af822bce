package com.infusionbilling.clearinghouse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts managers must see (table {@code clearinghouse_alert}): an inbound file that could not be
 * read went to quarantine. Each is logged at ERROR and stored; {@code GET
 * /api/clearinghouse/alerts} lists the latest (managers and administrators).
 */
@Component
public class InboundAlerts {
  private static final Logger log = LoggerFactory.getLogger(InboundAlerts.class);
  public static final String INBOUND_QUARANTINED = "INBOUND_QUARANTINED";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public InboundAlerts(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Alert(
      long id, Instant raisedAt, String kind, String fileName, String storedAs, String reason) {}

  /** Logs and stores an alert; never throws (the poller goes on whatever happens here). */
  public void raise(String kind, String fileName, String storedAs, String reason) {
    String name = MailboxNames.forLog(fileName);
    log.error(
        "ALERT {}: inbound file {} quarantined{}: {}",
        kind,
        name,
        storedAs == null ? "" : " as " + MailboxNames.forLog(storedAs),
        reason);
    try {
      jdbc.update(
          "INSERT INTO clearinghouse_alert (raised_at, kind, file_name, stored_as, reason)"
              + " VALUES (?, ?, ?, ?, ?)",
          Timestamp.from(clock.instant()),
          kind,
          truncate(name, 255),
          storedAs == null ? null : truncate(MailboxNames.forLog(storedAs), 255),
          truncate(reason, 500));
    } catch (RuntimeException e) {
      log.error("ALERT {} could not be stored ({})", kind, e.getClass().getSimpleName());
    }
  }

  public List<Alert> latest(int limit) {
    return jdbc.query(
        "SELECT id, raised_at, kind, file_name, stored_as, reason FROM clearinghouse_alert"
            + " ORDER BY id DESC LIMIT ?",
        (rs, i) ->
            new Alert(
                rs.getLong("id"),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("stored_as"),
                rs.getString("reason")),
        limit);
  }

  public long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM clearinghouse_alert", Long.class);
    return n == null ? 0 : n;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** {@code GET /api/clearinghouse/alerts}: the latest 100, newest first. */
  @RestController
  @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
  static class AlertController {
    private final InboundAlerts alerts;

    AlertController(InboundAlerts alerts) {
      this.alerts = alerts;
    }

    @GetMapping("/api/clearinghouse/alerts")
    List<Alert> latest() {
      return alerts.latest(100);
    }
  }
}
