package com.infusionbilling.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log of PHI access: who viewed or changed which patient, task, claim,
 * authorization or episode, when, and from where. There is deliberately no update or delete: rows
 * are only ever inserted, each in its own transaction so a failing business transaction still
 * leaves the record that someone tried.
 */
@Service
public class AuditLog {

  public enum Action {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    ASSIGN,
    UNASSIGN,
    COMPLETE,
    /** a successful interactive sign-in */
    LOGIN,
    /** a sign-in refused: wrong password, unknown or disabled user, or throttled */
    LOGIN_REFUSED
  }

  public enum EntityType {
    PATIENT,
    EPISODE,
    TASK,
    AUTHORIZATION,
    CLAIM,
    VISIT,
    /** a denial and its appeals (denial management) */
    DENIAL,
    /** an appeal letter (a PDF with PHI) */
    APPEAL_LETTER,
    USER,
    /** a CMS reference file import (ASP, MUE, NCCI) */
    REFERENCE_DATA,
    /** an X12 file shown by the admin validator */
    X12_FILE
  }

  public record Event(
      long id,
      Instant occurredAt,
      String username,
      String action,
      String entityType,
      String entityId,
      String detail,
      String remoteAddr,
      String userAgent) {}

  public record Page(List<Event> items, long total, int page, int size) {}

  public record Query(
      String username,
      String entityType,
      String entityId,
      String action,
      Instant from,
      Instant to) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
  }

  /** Records an access by the current user of the current request. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(Action action, EntityType type, Object entityId, String detail) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    record(auth == null ? "anonymous" : auth.getName(), action, type, entityId, detail);
  }

  /**
   * Records an event on behalf of a named user, for moments without a signed-in user (a sign-in
   * attempt, the first administrator created at start-up).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String user, Action action, EntityType type, Object entityId, String detail) {
    String addr = null;
    String agent = null;
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      addr = request.getRemoteAddr();
      agent = truncate(request.getHeader("User-Agent"), 300);
    }
    jdbc.sql(
            "INSERT INTO audit_event (occurred_at, username, action, entity_type, entity_id,"
                + " detail, remote_addr, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(clock.instant()),
            truncate(user, 100),
            action.name(),
            type.name(),
            truncate(String.valueOf(entityId), 100),
            truncate(detail, 500),
            truncate(addr, 64),
            agent)
        .update();
  }

  /** Newest first; every filter is optional. */
  @Transactional(readOnly = true)
  public Page search(Query q, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, 200));
    int pageNo = Math.max(0, page);
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> params = new ArrayList<>();
    if (q.username() != null && !q.username().isBlank()) {
      where.append(" AND username = ?");
      params.add(q.username());
    }
    if (q.entityType() != null && !q.entityType().isBlank()) {
      where.append(" AND entity_type = ?");
      params.add(q.entityType());
    }
    if (q.entityId() != null && !q.entityId().isBlank()) {
      where.append(" AND entity_id = ?");
      params.add(q.entityId());
    }
    if (q.action() != null && !q.action().isBlank()) {
      where.append(" AND action = ?");
      params.add(q.action());
    }
    if (q.from() != null) {
      where.append(" AND occurred_at >= ?");
      params.add(Timestamp.from(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND occurred_at < ?");
      params.add(Timestamp.from(q.to()));
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_event" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(pageSize);
    pageParams.add((long) pageNo * pageSize);
    List<Event> items =
        jdbc.sql(
                "SELECT id, occurred_at, username, action, entity_type, entity_id, detail,"
                    + " remote_addr, user_agent FROM audit_event"
                    + where
                    + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(
                (rs, i) ->
                    new Event(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
            .list();
    return new Page(items, total, pageNo, pageSize);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
