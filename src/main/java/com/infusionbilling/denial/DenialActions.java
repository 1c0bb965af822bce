package com.infusionbilling.denial;

import com.infusionbilling.claim.ClaimRebills;
import com.infusionbilling.claim.ClaimRef;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a worked denial leads to: a rebilled claim (replacement or new claim, never an edit of the
 * original), a retro authorization's outcome, a write-off with its approver, or a closed denial.
 * Each once per denial.
 */
@Service
public class DenialActions {
  private static final Logger log = LoggerFactory.getLogger(DenialActions.class);
  private static final Pattern AUTHORIZATION = Pattern.compile("[A-Za-z0-9-]{3,30}");

  private final DenialService denials;
  private final DenialRepository repository;
  private final WriteOffRepository writeOffs;
  private final ClaimRebills rebills;

  public DenialActions(
      DenialService denials,
      DenialRepository repository,
      WriteOffRepository writeOffs,
      ClaimRebills rebills) {
    this.denials = denials;
    this.repository = repository;
    this.writeOffs = writeOffs;
    this.rebills = rebills;
  }

  /**
   * Rebills the denied claim: a new claim (frequency 1) for NEW_CLAIM, else a replacement
   * (frequency 7, REF*F8), with the retro authorization's number when there is one. Returns the new
   * claim version (the same one when delivered again).
   */
  @Transactional
  public ClaimRef rebill(long denialId, String action, String authorizationNumber) {
    Denial d = denials.get(denialId);
    String reason =
        DenialService.codes(d)
            + " ("
            + (action == null ? "corrected claim" : action.toLowerCase().replace('_', ' '))
            + ", denial "
            + denialId
            + ")";
    String key = d.businessKey();
    ClaimRef ref =
        "NEW_CLAIM".equals(action)
            ? rebills.createNewClaim(d.getClaimId(), authorizationNumber, reason, key)
            : rebills.createReplacement(d.getClaimId(), authorizationNumber, reason, key);
    if (d.getStatus() != DenialStatus.RESOLVED) {
      d.moveTo(DenialStatus.RESOLVED, "rebilled as claim " + ref.claimId() + " v" + ref.version());
      repository.save(d);
      log.info("denial {} rebilled as claim {} v{}", denialId, ref.claimId(), ref.version());
    }
    return ref;
  }

  /** "Request retro authorization": the payer's answer, kept with the denial. */
  @Transactional
  public void recordRetroAuthorization(
      long denialId,
      String outcome,
      String number,
      Integer units,
      LocalDate from,
      LocalDate to,
      String note) {
    Denial d = denials.get(denialId);
    if (!"APPROVED".equals(outcome) && !"DENIED".equals(outcome)) {
      throw new InvalidDenialException("retroAuthorizationOutcome", "APPROVED or DENIED");
    }
    if ("APPROVED".equals(outcome)) {
      if (number == null || !AUTHORIZATION.matcher(number.trim()).matches()) {
        throw new InvalidDenialException(
            "retroAuthorizationNumber", "3 to 30 letters, digits or hyphens");
      }
      if (from != null && to != null && to.isBefore(from)) {
        throw new InvalidDenialException("approvedTo", "cannot be before approvedFrom");
      }
    }
    String text =
        "retro authorization "
            + outcome.toLowerCase()
            + ("APPROVED".equals(outcome)
                ? " "
                    + number.trim()
                    + (units == null ? "" : ", " + units + " units")
                    + (from == null ? "" : ", " + from + " to " + to)
                : "")
            + (note == null || note.isBlank() ? "" : ": " + note.trim());
    if (d.getResolution() == null || !d.getResolution().startsWith("retro authorization")) {
      d.moveTo(DenialStatus.IN_WORK, text);
      repository.save(d);
    }
  }

  /** Writes the denied amount off, once; {@code approvedBy} is null when no approval was needed. */
  @Transactional
  public WriteOff writeOff(long denialId, String reason, String approvedBy) {
    Denial d = denials.get(denialId);
    var existing = writeOffs.findByDenialId(denialId);
    if (existing.isPresent()) {
      return existing.get();
    }
    boolean approvalRequired = approvalRequired(d);
    if (approvalRequired && (approvedBy == null || approvedBy.isBlank())) {
      throw new InvalidDenialException(
          "approvedBy", "a write-off above $500 or of a drug line needs a manager's approval");
    }
    WriteOff w =
        writeOffs.save(
            new WriteOff(
                denialId,
                d.getClaimId(),
                d.getAmount(),
                reason == null || reason.isBlank()
                    ? DenialService.codes(d) + ": " + d.getRoutingRule()
                    : reason.trim(),
                approvalRequired,
                approvedBy));
    d.moveTo(DenialStatus.WRITTEN_OFF, "written off $" + d.getAmount().toPlainString());
    repository.save(d);
    log.info("denial {} written off (${})", denialId, d.getAmount().toPlainString());
    return w;
  }

  /** Managers approve write-offs above $500 and of any drug line (issue 17 item 3). */
  static boolean approvalRequired(Denial d) {
    return d.getAmount().compareTo(new java.math.BigDecimal("500")) > 0
        || DenialFacts.DRUG.equals(d.getLineKind());
  }

  /** Nothing more to do on the denial: information only, billed to the patient, ... */
  @Transactional
  public void close(long denialId, String action, String note) {
    Denial d = denials.get(denialId);
    if (d.getStatus() == DenialStatus.RESOLVED) {
      return;
    }
    d.moveTo(
        DenialStatus.RESOLVED,
        (action == null ? d.getRoutedAction() : action)
            + (note == null || note.isBlank() ? "" : ": " + note.trim()));
    repository.save(d);
  }
}
