package com.infusionbilling.reports;

import com.infusionbilling.web.InvalidInputException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows behind each report number: the claims of an A/R bucket, of a drug, clean or denied on
 * first pass; the denials of a CARC; the appeals at risk. IDs, codes and amounts only (the claim
 * page shows the rest, audited). At most {@value #LIMIT} rows, oldest date of service first.
 */
@Service
public class ReportDrillDowns {
  static final int LIMIT = 500;

  private final JdbcTemplate jdbc;

  public ReportDrillDowns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record ClaimRow(
      long claimId,
      int claimVersion,
      String payerId,
      LocalDate dateOfService,
      String status,
      BigDecimal charge,
      BigDecimal balance) {}

  public record DenialRow(
      long denialId,
      long claimId,
      Long claimLineId,
      String carc,
      BigDecimal amount,
      String payerId,
      LocalDate dateOfService,
      String status) {}

  public record AppealRow(
      long appealId,
      long denialId,
      long claimId,
      int level,
      LocalDate deadline,
      String status,
      BigDecimal amountInControversy) {}

  static final String CLAIM_COLUMNS =
      "SELECT c.claim_id, c.claim_version, c.payer_id, c.date_of_service, c.status,"
          + " c.total_charge, "
          + RevenueCycleReports.BALANCE
          + " AS balance"
          + RevenueCycleReports.CLAIMS;

  static ClaimRow claimRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new ClaimRow(
        rs.getLong(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getDate(4).toLocalDate(),
        rs.getString(5),
        RevenueCycleReports.money(rs.getBigDecimal(6)),
        RevenueCycleReports.money(rs.getBigDecimal(7)));
  }

  /** The open claims of an A/R aging bucket (0-30, 31-60, 61-90, 91-120, 120+). */
  @Transactional(readOnly = true)
  public List<ClaimRow> arBucket(ReportFilter filter, String bucket) {
    if (!Arrays.asList(RevenueCycleReports.BUCKETS).contains(bucket)) {
      throw new InvalidInputException(
          "bucket", "one of " + String.join(", ", RevenueCycleReports.BUCKETS));
    }
    var w =
        filter.where(
            RevenueCycleReports.OPEN_CLAIMS_AS_OF
                + " AND "
                + RevenueCycleReports.bucketCase()
                + " = ?",
            bucketArgsAnd(filter, bucket));
    return jdbc.query(
        "SELECT * FROM ("
            + CLAIM_COLUMNS
            + w.sql()
            + ") t WHERE t.balance > 0 ORDER BY t.date_of_service, t.claim_id LIMIT "
            + LIMIT,
        ReportDrillDowns::claimRow,
        w.params());
  }

  static Object[] bucketArgsAnd(ReportFilter filter, String bucket) {
    Object[] bounds = RevenueCycleReports.bucketArgs(filter.asOf());
    Object[] args = new Object[bounds.length + 2];
    args[0] = Date.valueOf(filter.asOf());
    System.arraycopy(bounds, 0, args, 1, bounds.length);
    args[bounds.length + 1] = bucket;
    return args;
  }

  /** First-pass claims the payer adjudicated: {@code clean} or {@code denied}. */
  @Transactional(readOnly = true)
  public List<ClaimRow> firstPass(ReportFilter filter, String outcome) {
    String condition =
        switch (outcome) {
          case "clean" -> RevenueCycleReports.CLEAN;
          case "denied" -> RevenueCycleReports.HAS_DENIAL;
          default -> throw new InvalidInputException("outcome", "clean or denied");
        };
    var w = filter.where(RevenueCycleReports.ADJUDICATED_FIRST_PASS + " AND " + condition);
    return jdbc.query(
        CLAIM_COLUMNS + w.sql() + " ORDER BY c.date_of_service, c.claim_id LIMIT " + LIMIT,
        ReportDrillDowns::claimRow,
        w.params());
  }

  /** The filed claims (latest versions) with a line of an NDC. */
  @Transactional(readOnly = true)
  public List<ClaimRow> ofNdc(ReportFilter filter, String ndc11) {
    if (ndc11 == null || !ndc11.matches("[0-9]{11}")) {
      throw new InvalidInputException("ndc", "an NDC-11 (11 digits)");
    }
    var w =
        filter.where(
            "c.latest_version = 1 AND c.filed_at IS NOT NULL AND c.claim_id IN (SELECT x.claim_id"
                + " FROM report_claim_drug x WHERE x.ndc = ?)",
            ndc11);
    return jdbc.query(
        CLAIM_COLUMNS + w.sql() + " ORDER BY c.date_of_service, c.claim_id LIMIT " + LIMIT,
        ReportDrillDowns::claimRow,
        w.params());
  }

  /** Denials, of one CARC or (authorization) of CO-197/198/15, or all. */
  @Transactional(readOnly = true)
  public List<DenialRow> denials(ReportFilter filter, String carc, boolean authorization) {
    if (carc != null && !carc.isBlank() && !carc.matches("[A-Z0-9]{1,5}")) {
      throw new InvalidInputException("carc", "a claim adjustment reason code such as 197");
    }
    boolean oneCarc = carc != null && !carc.isBlank();
    var w =
        authorization
            ? filter.where(RevenueCycleReports.AUTHORIZATION_DENIAL)
            : oneCarc ? filter.where("d.carc = ?", carc) : filter.where("");
    return jdbc.query(
        "SELECT d.denial_id, d.claim_id, d.claim_line_id, d.carc, d.amount, d.payer_id,"
            + " d.date_of_service, d.status FROM denial_report d JOIN report_claim c ON"
            + " c.claim_id = d.claim_id"
            + w.sql()
            + " ORDER BY d.date_of_service, d.denial_id LIMIT "
            + LIMIT,
        (rs, i) -> {
          long line = rs.getLong(3);
          Long lineId = rs.wasNull() ? null : line;
          return new DenialRow(
              rs.getLong(1),
              rs.getLong(2),
              lineId,
              rs.getString(4),
              RevenueCycleReports.money(rs.getBigDecimal(5)),
              rs.getString(6),
              rs.getDate(7).toLocalDate(),
              rs.getString(8));
        },
        w.params());
  }

  /** Appeals still to be sent whose deadline is within 14 days of the as-of day. */
  @Transactional(readOnly = true)
  public List<AppealRow> appealsAtRisk(ReportFilter filter) {
    var w =
        filter.where(
            "a.status = 'OPEN' AND a.deadline >= ? AND a.deadline <= ?",
            Date.valueOf(filter.asOf()),
            Date.valueOf(filter.asOf().plusDays(14)));
    return jdbc.query(
        "SELECT a.appeal_id, a.denial_id, a.claim_id, a.appeal_level, a.deadline, a.status,"
            + " a.amount_in_controversy FROM appeal_report a JOIN report_claim c ON c.claim_id ="
            + " a.claim_id"
            + w.sql()
            + " ORDER BY a.deadline, a.appeal_id LIMIT "
            + LIMIT,
        (rs, i) ->
            new AppealRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getInt(4),
                rs.getDate(5).toLocalDate(),
                rs.getString(6),
                RevenueCycleReports.money(rs.getBigDecimal(7))),
        w.params());
  }
}
