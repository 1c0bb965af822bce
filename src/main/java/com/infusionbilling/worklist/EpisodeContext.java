package com.infusionbilling.worklist;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator needs beside a task's form, read from the lifecycle tables (patient, coverage,
 * therapy order, authorization, timeline) by the task's {@code episodeId} variable. Every read of a
 * patient is written to the audit log.
 */
@Service
public class EpisodeContext {
  public record TimelineEvent(Instant at, String type, String text) {}

  private final JdbcTemplate jdbc;
  private final AuditLog audit;

  public EpisodeContext(JdbcTemplate jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> forEpisode(long episodeId) {
    try {
      List<Map<String, Object>> rows =
          jdbc.query(
              "SELECT e.id, e.status, e.patient_id, p.mrn, p.first_name, p.last_name,"
                  + " p.date_of_birth, c.payer_id, c.member_id, c.plan_name, c.benefit_type,"
                  + " pb.name, o.hcpcs, d.description, o.dose_amount, o.dose_unit, o.dose_basis,"
                  + " o.frequency, o.number_of_doses, o.site_of_care, o.diagnosis_codes"
                  + " FROM episode e JOIN patient p ON p.id = e.patient_id"
                  + " JOIN coverage c ON c.id = e.coverage_id"
                  + " LEFT JOIN billing_payer pb ON pb.payer_id = c.payer_id"
                  + " LEFT JOIN therapy_order o ON o.episode_id = e.id"
                  + " LEFT JOIN billing_drug d ON d.hcpcs = o.hcpcs WHERE e.id = ?",
              (rs, i) -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("episodeId", rs.getLong(1));
                out.put("episodeStatus", rs.getString(2));
                out.put("patientId", rs.getLong(3));
                out.put(
                    "patient",
                    Map.of(
                        "mrn", rs.getString(4),
                        "name", rs.getString(5) + " " + rs.getString(6),
                        "dateOfBirth", String.valueOf(rs.getDate(7))));
                Map<String, Object> coverage = new LinkedHashMap<>();
                coverage.put(
                    "payer", rs.getString(12) != null ? rs.getString(12) : rs.getString(8));
                coverage.put("payerId", rs.getString(8));
                coverage.put("memberId", rs.getString(9));
                coverage.put("plan", rs.getString(10));
                coverage.put("benefit", rs.getString(11));
                out.put("coverage", coverage);
                if (rs.getString(13) != null) {
                  Map<String, Object> order = new LinkedHashMap<>();
                  order.put(
                      "drug",
                      rs.getString(13)
                          + (rs.getString(14) == null ? "" : " · " + rs.getString(14)));
                  order.put(
                      "dose",
                      plain(rs.getBigDecimal(15))
                          + " "
                          + rs.getString(16)
                          + ("FIXED".equals(rs.getString(17))
                              ? ""
                              : " (" + rs.getString(17) + ")"));
                  order.put("frequency", rs.getString(18) + " · " + rs.getInt(19) + " doses");
                  order.put("siteOfCare", rs.getString(20));
                  order.put("diagnoses", rs.getString(21));
                  out.put("order", order);
                }
                return out;
              },
              episodeId);
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Object> context = rows.get(0);
      context.put("authorization", authorization(episodeId));
      context.put("timeline", timeline(episodeId));
      audit.record(
          Action.VIEW, EntityType.PATIENT, context.get("patientId"), "episode " + episodeId);
      return Optional.of(context);
    } catch (DataAccessException e) {
      // the lifecycle tables are not there (a deployment without lifecycle part 1)
      return Optional.empty();
    }
  }

  private static String plain(BigDecimal b) {
    return b == null ? "" : b.stripTrailingZeros().toPlainString();
  }

  private Map<String, Object> authorization(long episodeId) {
    List<Map<String, Object>> rows =
        jdbc.query(
            "SELECT id, authorization_number, status, approved_quantity, used_quantity, basis,"
                + " valid_from, valid_to FROM payer_authorization WHERE episode_id = ?"
                + " ORDER BY id DESC LIMIT 1",
            (rs, i) -> {
              Map<String, Object> a = new LinkedHashMap<>();
              a.put("id", rs.getLong(1));
              a.put("number", rs.getString(2));
              a.put("status", rs.getString(3));
              BigDecimal approved = rs.getBigDecimal(4);
              BigDecimal used = rs.getBigDecimal(5);
              a.put("basis", rs.getString(6));
              a.put("unitsApproved", approved == null ? null : plain(approved));
              a.put("unitsUsed", used == null ? null : plain(used));
              a.put(
                  "unitsRemaining",
                  approved == null
                      ? null
                      : plain(approved.subtract(used == null ? BigDecimal.ZERO : used)));
              LocalDate from = rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate();
              LocalDate to = rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate();
              a.put("startDate", from == null ? null : from.toString());
              a.put("endDate", to == null ? null : to.toString());
              return a;
            },
            episodeId);
    if (!rows.isEmpty()) {
      audit.record(Action.VIEW, EntityType.AUTHORIZATION, rows.get(0).get("id"), null);
    }
    return rows.isEmpty() ? null : rows.get(0);
  }

  List<Map<String, Object>> timeline(long episodeId) {
    return jdbc.query(
        "SELECT occurred_at, event_type, detail FROM episode_timeline WHERE episode_id = ?"
            + " ORDER BY occurred_at, id LIMIT 200",
        (rs, i) -> {
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("at", rs.getTimestamp(1).toInstant());
          e.put("type", rs.getString(2));
          String detail = rs.getString(3);
          e.put(
              "text",
              rs.getString(2).replace('_', ' ').toLowerCase()
                  + (detail == null ? "" : ": " + detail));
          return e;
        },
        episodeId);
  }

  /** The episode of a process instance (the TherapyEpisode instance), if any. */
  public Optional<Long> episodeOfInstance(long processInstanceKey) {
    try {
      return jdbc
          .query(
              "SELECT id FROM episode WHERE process_instance_key = ?",
              (rs, i) -> rs.getLong(1),
              processInstanceKey)
          .stream()
          .findFirst();
    } catch (DataAccessException e) {
      return Optional.empty();
    }
  }

  public List<Map<String, Object>> timelineOf(long episodeId) {
    try {
      audit.record(Action.VIEW, EntityType.EPISODE, episodeId, "timeline");
      return timeline(episodeId);
    } catch (DataAccessException e) {
      return List.of();
    }
  }
}
