package com.infusionbilling.testing;

import com.infusionbilling.claim.ClaimChanged;
import com.infusionbilling.denial.DenialChanged;
import com.infusionbilling.remittance.RemittanceClaimChanged;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores revenue-cycle history directly (no process): visits and their dispenses, claims and their
 * lines, remittances, denials, appeals and write-offs, with exactly the figures a test or the demo
 * states. Rows are written as the owning packages would write them, and each publishes the change
 * event their entities publish (so the reports' per-claim summary follows, as in production); only
 * tests and demo seeding write across packages like this.
 */
@Component
public class RevenueCycleFixtures {
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public RevenueCycleFixtures(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  long claimChanged(long claimId, long id) {
    events.publishEvent(new ClaimChanged(claimId));
    return id;
  }

  long remittanceChanged(long remittanceClaimId, Long claimId, long id) {
    events.publishEvent(new RemittanceClaimChanged(remittanceClaimId, claimId));
    return id;
  }

  long denialChanged(long claimId, long id) {
    events.publishEvent(new DenialChanged(claimId));
    return id;
  }

  long insert(String sql, Object... args) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps = con.prepareStatement(sql, new String[] {"id"});
          for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
          }
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  static Timestamp at(LocalDate day) {
    return Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
  }

  /** A visit on a day, already billed (or with the drug from PATIENT_ASSISTANCE, not billed). */
  public long visit(long episodeId, LocalDate day, String drugSource) {
    return insert(
        "INSERT INTO visit (episode_id, scheduled_start, site_of_care, drug_source, status,"
            + " bill_drug, created_by, created_at, updated_at) VALUES (?, ?, 'OFFICE', ?, 'BILLED',"
            + " ?, 'fixture', ?, ?)",
        episodeId,
        Timestamp.from(
            day.atTime(9, 0)
                .toInstant(ZoneOffset.UTC)
                .plusNanos(System.nanoTime() % 1_000_000_000L)),
        drugSource,
        "BUY_AND_BILL".equals(drugSource),
        at(day),
        at(day));
  }

  /** The drug of a visit drawn from a lot: containers opened, amount given and discarded (mg). */
  public long dispense(
      long visitId,
      String hcpcs,
      String ndc11,
      String lot,
      LocalDate expiry,
      int containers,
      String given,
      String discarded,
      String drugSource,
      LocalDate day) {
    return insert(
        "INSERT INTO visit_dispense (visit_id, hcpcs, ndc, lot, expiry, containers_opened,"
            + " administered_amount, discarded_amount, amount_unit, drug_source, service_date,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'MG', ?, ?, ?)",
        visitId,
        hcpcs,
        ndc11,
        lot,
        Date.valueOf(expiry),
        containers,
        new BigDecimal(given),
        new BigDecimal(discarded),
        drugSource,
        Date.valueOf(day),
        at(day));
  }

  /** A claim (version 1) of a visit, filed on {@code filedOn} (null: never sent). */
  public long claim(
      long visitId,
      long episodeId,
      String payerId,
      LocalDate dateOfService,
      String status,
      String totalCharge,
      String expectedAllowed,
      LocalDate filedOn) {
    long id =
        insert(
            "INSERT INTO claim (visit_id, episode_id, version, frequency_code, patient_control_number,"
                + " claim_type, payer_id, site_of_care, date_of_service, diagnosis_codes, status,"
                + " filing_deadline, total_charge, total_expected_allowed, submission_attempt,"
                + " last_submitted_at, filed_at, created_at, updated_at) VALUES (?, ?, 1, '1', ?,"
                + " 'PROFESSIONAL', ?, 'OFFICE', ?, 'K50.90', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            visitId,
            episodeId,
            "PCN" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
            payerId,
            Date.valueOf(dateOfService),
            status,
            Date.valueOf(dateOfService.plusDays(365)),
            new BigDecimal(totalCharge),
            expectedAllowed == null ? null : new BigDecimal(expectedAllowed),
            filedOn == null ? 0 : 1,
            filedOn == null ? null : at(filedOn),
            filedOn == null ? null : at(filedOn),
            at(dateOfService),
            at(filedOn == null ? dateOfService : filedOn));
    return claimChanged(id, id);
  }

  public long claimLine(
      long claimId,
      int lineNumber,
      String code,
      String modifiers,
      int units,
      String ndc11,
      String charge,
      String expectedAllowed) {
    long id =
        insert(
            "INSERT INTO claim_line (claim_id, line_number, line_control_number, code, modifiers,"
                + " units, ndc, charge, expected_allowed, diagnosis_pointers) VALUES (?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, '1')",
            claimId,
            lineNumber,
            claimId + "-" + lineNumber,
            code,
            modifiers,
            units,
            ndc11,
            new BigDecimal(charge),
            expectedAllowed == null ? null : new BigDecimal(expectedAllowed));
    return claimChanged(claimId, id);
  }

  /** An 835 payment of one claim (one remittance per call), posted. */
  public long remittanceClaim(
      long claimId,
      String payerId,
      LocalDate paidOn,
      String statusCode,
      String charge,
      String paid) {
    long remittance =
        insert(
            "INSERT INTO remittance (trace_number, payer_id, payment_amount, payment_method,"
                + " payment_date, received_at) VALUES (?, ?, ?, 'ACH', ?, ?)",
            "TRN" + UUID.randomUUID().toString().substring(0, 12),
            payerId,
            new BigDecimal(paid),
            Date.valueOf(paidOn),
            at(paidOn));
    long id =
        insert(
            "INSERT INTO remittance_claim (remittance_id, sequence_number, claim_id,"
                + " patient_control_number, status_code, charge, paid, dedup_key, posted_at,"
                + " posting_outcome) VALUES (?, 1, ?, 'PCN', ?, ?, ?, ?, ?, 'POSTED')",
            remittance,
            claimId,
            statusCode,
            new BigDecimal(charge),
            new BigDecimal(paid),
            "fixture-" + UUID.randomUUID(),
            at(paidOn));
    return remittanceChanged(id, claimId, id);
  }

  /** A line of an 835 claim payment: what the payer allowed and paid for one claim line. */
  public long remittanceLine(
      long remittanceClaimId,
      int sequence,
      long claimLineId,
      String code,
      String charge,
      String allowed,
      String paid,
      String expectedAllowed) {
    long id =
        insert(
            "INSERT INTO remittance_line (remittance_claim_id, sequence_number, claim_line_id,"
                + " procedure_code, charge, paid, allowed, expected_allowed) VALUES (?, ?, ?, ?, ?, ?,"
                + " ?, ?)",
            remittanceClaimId,
            sequence,
            claimLineId,
            code,
            new BigDecimal(charge),
            new BigDecimal(paid),
            allowed == null ? null : new BigDecimal(allowed),
            expectedAllowed == null ? null : new BigDecimal(expectedAllowed));
    return remittanceChanged(remittanceClaimId, null, id);
  }

  /** A CAS adjustment of an 835 claim payment (line-level when the line is given). */
  public long adjustment(
      long remittanceClaimId, Long remittanceLineId, String group, String carc, String amount) {
    long id =
        insert(
            "INSERT INTO adjustment (remittance_claim_id, remittance_line_id, group_code, carc, amount)"
                + " VALUES (?, ?, ?, ?, ?)",
            remittanceClaimId,
            remittanceLineId,
            group,
            carc,
            new BigDecimal(amount));
    return remittanceChanged(remittanceClaimId, null, id);
  }

  /** A denial opened by posting (claim-level when the line is null). */
  public long denial(
      long claimId,
      Long claimLineId,
      long remittanceClaimId,
      long episodeId,
      String payerId,
      String carc,
      String amount,
      LocalDate remittanceDate,
      LocalDate dateOfService,
      String status) {
    long id =
        insert(
            "INSERT INTO denial (claim_id, claim_line_id, line_key, remittance_claim_id, group_code,"
                + " carc, amount, remittance_date, episode_id, payer_id, payer_type, claim_type,"
                + " line_kind, line_code, authorization_on_file, abn_on_file, jw_jz_on_line,"
                + " date_of_service, days_since_service, status, created_at, updated_at) VALUES (?, ?,"
                + " ?, ?, 'CO', ?, ?, ?, ?, ?, 'COMMERCIAL', '837P', 'DRUG', 'J1745', TRUE, FALSE,"
                + " FALSE, ?, 30, ?, ?, ?)",
            claimId,
            claimLineId,
            claimLineId == null ? 0 : claimLineId,
            remittanceClaimId,
            carc,
            new BigDecimal(amount),
            Date.valueOf(remittanceDate),
            episodeId,
            payerId,
            Date.valueOf(dateOfService),
            status,
            at(remittanceDate),
            at(remittanceDate));
    return denialChanged(claimId, id);
  }

  /** An appeal of a denial at level 1, with its deadline and (when decided) its outcome. */
  public long appeal(
      long denialId,
      long claimId,
      long episodeId,
      LocalDate decisionDate,
      LocalDate deadline,
      String amount,
      String status,
      String outcome) {
    return insert(
        "INSERT INTO appeal (kind, denial_id, claim_id, episode_id, payer_type, appeal_level,"
            + " level_name, decision_date, deadline, deadline_basis, decision_days,"
            + " amount_in_controversy, minimum_amount, status, outcome, outcome_at, created_at,"
            + " updated_at, subject_key) VALUES ('CLAIM', ?, ?, ?, 'COMMERCIAL', 1,"
            + " 'Reconsideration', ?, ?, 'fixture', 30, ?, 0, ?, ?, ?, ?, ?, ?)",
        denialId,
        claimId,
        episodeId,
        Date.valueOf(decisionDate),
        Date.valueOf(deadline),
        new BigDecimal(amount),
        status,
        outcome,
        outcome == null ? null : at(deadline),
        at(decisionDate),
        at(decisionDate),
        "denial-" + denialId);
  }

  public long writeOff(long denialId, long claimId, String amount, String reason, Instant at) {
    long id =
        insert(
            "INSERT INTO write_off (denial_id, claim_id, amount, reason, approval_required,"
                + " approved_by, created_at) VALUES (?, ?, ?, ?, FALSE, NULL, ?)",
            denialId,
            claimId,
            new BigDecimal(amount),
            reason,
            Timestamp.from(at));
    return denialChanged(claimId, id);
  }

  /** A 999 or 277CA outcome of a claim's first submission. */
  public long acknowledgement(long claimId, String ackType, boolean accepted, LocalDate on) {
    long id =
        insert(
            "INSERT INTO claim_ack (claim_id, submission_attempt, ack_type, accepted, explanation,"
                + " received_at) VALUES (?, 1, ?, ?, 'fixture', ?)",
            claimId,
            ackType,
            accepted,
            at(on));
    return claimChanged(claimId, id);
  }
}
