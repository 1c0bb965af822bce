package com.infusionbilling.claim;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.scrub.PriorSubmission;
import com.infusionbilling.clearinghouse.BatchAcknowledged;
import com.infusionbilling.clearinghouse.ClearinghouseGateway;
import com.infusionbilling.clearinghouse.Submission;
import com.infusionbilling.edi.X12ValidationException;
import com.infusionbilling.edi.model.ClaimAck;
import com.infusionbilling.edi.model.FunctionalAck;
import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.process.ProcessMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * What {@code ClaimSubmission} does to a claim version: scrub, submit (idempotent by claim, version
 * and attempt: batch key {@code 837:<claimId>:v<version>}, then {@code :r<attempt>} for a
 * resubmission, which the gateway sends as a new interchange), the 999 and 277CA outcomes, the
 * corrections people make, and the timely-filing warning. Each change is written once, keyed by the
 * job or the acknowledgement that caused it, so duplicate deliveries change nothing.
 */
@Service
public class ClaimSubmissionService {
  private static final Logger log = LoggerFactory.getLogger(ClaimSubmissionService.class);

  /** {@code 837:<claimId>:v<version>} or {@code 837:<claimId>:v<version>:r<attempt>}. */
  static final Pattern BATCH_KEY = Pattern.compile("837:(\\d+):v(\\d+)(?::r(\\d+))?");

  private final ClaimService claims;
  private final ClaimScrub scrub;
  private final Claim837Builder builder;
  private final ClearinghouseGateway gateway;
  private final ClaimAckRepository acks;
  private final ProcessMessages messages;

  /** The practice's zone: a claim was sent on its day. */
  private final java.time.ZoneId zone;

  public ClaimSubmissionService(
      ClaimService claims,
      ClaimScrub scrub,
      Claim837Builder builder,
      ClearinghouseGateway gateway,
      ClaimAckRepository acks,
      ProcessMessages messages,
      BillingProperties billing) {
    this.zone = billing.zone();
    this.claims = claims;
    this.scrub = scrub;
    this.builder = builder;
    this.gateway = gateway;
    this.acks = acks;
    this.messages = messages;
  }

  // ------------------------------------------------------------------ scrub

  /** The scrub's verdict: passed (no ERROR edit) and the ERROR edits in one text. */
  public record ScrubOutcome(boolean passed, String errors) {}

  /**
   * Reviews the claim version and stores the edits; ERROR edits make it SCRUB_FAILED. {@code key}
   * identifies the run (the job), so a repeated delivery writes no second history row.
   */
  public ScrubOutcome scrub(long claimId, String key) {
    return claims
        .tx()
        .execute(
            s -> {
              Claim claim = claims.get(claimId);
              ReferenceSnapshot ref = claims.billing().referenceSnapshot();
              Payer payer = ref.payer(claim.getPayerId()).orElseThrow();
              List<ClaimScrub.Finding> findings =
                  scrub.review(claim, claims.lines(claimId), payer, ref, priorSubmissions(claim));
              boolean passed = findings.stream().noneMatch(ClaimScrub.Finding::error);
              claim.scrubbed(scrub.toJson(findings));
              claims.claims().save(claim);
              String errors = ClaimScrub.summary(findings);
              long errorCount = findings.stream().filter(ClaimScrub.Finding::error).count();
              claims.transition(
                  claim,
                  passed ? ClaimStatus.DRAFT : ClaimStatus.SCRUB_FAILED,
                  passed ? "SCRUB_PASSED" : "SCRUB_FAILED",
                  passed
                      ? "no ERROR edit (" + findings.size() + " warning(s))"
                      : errorCount + " ERROR edit(s): " + errors.replace('\n', ' '),
                  ClaimService.SYSTEM,
                  "scrub-" + key);
              return new ScrubOutcome(passed, errors);
            });
  }

  /**
   * The version's earlier submission attempts with an acknowledgement: accepted by the 277CA, or
   * rejected by the 999 or the 277CA, each on the date it was sent.
   */
  List<PriorSubmission> priorSubmissions(Claim claim) {
    Map<Integer, java.time.LocalDate> sentOn = new java.util.HashMap<>();
    for (ClaimHistoryEntry h : claims.history(claim.getId())) {
      if ("SUBMITTED".equals(h.getEvent()) && h.getDedupKey().startsWith("submitted-")) {
        Matcher m = BATCH_KEY.matcher(h.getDedupKey().substring("submitted-".length()));
        if (m.matches()) {
          sentOn.put(
              m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
              h.getOccurredAt().atZone(zone).toLocalDate());
        }
      }
    }
    List<PriorSubmission> out = new ArrayList<>();
    for (ClaimAcknowledgement a : acks.findByClaimIdOrderByReceivedAtAscIdAsc(claim.getId())) {
      java.time.LocalDate on = sentOn.get(a.getSubmissionAttempt());
      if (on == null) {
        continue;
      }
      if (!a.isAccepted()) {
        out.add(
            new PriorSubmission(
                on,
                ClaimAcknowledgement.TYPE_999.equals(a.getAckType())
                    ? PriorSubmission.Outcome.REJECTED_999
                    : PriorSubmission.Outcome.REJECTED_277CA));
      } else if (ClaimAcknowledgement.TYPE_277CA.equals(a.getAckType())) {
        out.add(new PriorSubmission(on, PriorSubmission.Outcome.ACCEPTED));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ submit

  /** Thrown when the claim cannot make a valid 837; the process routes it to "Correct claim". */
  public static class NotSendableException extends RuntimeException {
    public NotSendableException(String message) {
      super(message);
    }
  }

  /** A submission attempt as sent; {@code attemptKey} correlates its 999 and 277CA. */
  public record Submitted(
      int attempt,
      String attemptKey,
      String batchKey,
      String interchangeControlNumber,
      boolean alreadySent) {}

  static String batchKey(long claimId, int version, int attempt) {
    return "837:" + claimId + ":v" + version + (attempt <= 1 ? "" : ":r" + attempt);
  }

  /**
   * Sends the claim version as submission {@code attempt} (1 the first time; a resubmission after a
   * correction or a lost file is attempt 2, 3, ... and goes out as a new interchange). Idempotent
   * by the batch key: the same attempt is never sent twice. The claim is SUBMITTED (and its attempt
   * recorded) before the upload, so an acknowledgement that arrives at once finds it.
   *
   * @throws NotSendableException when the claim does not make a valid 837 (nothing is sent)
   * @throws com.infusionbilling.clearinghouse.ClearinghouseUnavailableException when the mailbox
   *     stays unreachable (retry later)
   */
  public Submitted submit(long claimId, int attempt) {
    Claim claim = claims.get(claimId);
    String batchKey = batchKey(claimId, claim.getClaimVersion(), attempt);
    X12Message message;
    try {
      message = builder.build(claim, claims.lines(claimId));
    } catch (IllegalArgumentException e) {
      refuse(claim, attempt, e.getMessage());
      throw new NotSendableException(e.getMessage());
    }
    String key = batchKey;
    claims
        .tx()
        .executeWithoutResult(
            s -> {
              Claim c = claims.get(claimId);
              if (c.getSubmissionAttempt() < attempt) {
                ClaimStatus from = c.getStatus();
                c.submitted(attempt, key, null);
                claims.claims().save(c);
                claims.record(
                    c,
                    "SUBMITTED",
                    from,
                    ClaimStatus.SUBMITTED,
                    "attempt " + attempt + ", batch " + key,
                    ClaimService.SYSTEM,
                    "submitted-" + key);
              }
            });
    Submission sent;
    try {
      sent = gateway.submit(batchKey, List.of(message));
    } catch (X12ValidationException e) {
      refuse(claim, attempt, e.getMessage());
      throw new NotSendableException(e.getMessage());
    }
    claims
        .tx()
        .executeWithoutResult(
            s -> {
              Claim c = claims.get(claimId);
              if (key.equals(c.getLastBatchKey()) && c.getLastInterchangeControlNumber() == null) {
                c.sentAs(sent.interchangeControlNumber());
                claims.claims().save(c);
                claims.record(
                    c,
                    "SENT",
                    c.getStatus(),
                    c.getStatus(),
                    "file "
                        + sent.fileName()
                        + ", interchange "
                        + sent.interchangeControlNumber()
                        + ", group "
                        + sent.groupControlNumber(),
                    ClaimService.SYSTEM,
                    "sent-" + key);
                claims
                    .timeline()
                    .record(
                        c.getEpisodeId(),
                        "CLAIM_SUBMITTED",
                        "claim "
                            + c.getId()
                            + " v"
                            + c.getClaimVersion()
                            + " attempt "
                            + attempt
                            + " in "
                            + sent.fileName(),
                        "claim-sent-" + key);
              }
            });
    log.info(
        "claim {} attempt {} in {}{}",
        claimId,
        attempt,
        sent.fileName(),
        sent.alreadySent() ? " (sent before)" : "");
    return new Submitted(
        attempt,
        attemptKey(claim, attempt),
        batchKey,
        sent.interchangeControlNumber(),
        sent.alreadySent());
  }

  private void refuse(Claim claim, int attempt, String why) {
    claims
        .tx()
        .executeWithoutResult(
            s ->
                claims.transition(
                    claims.get(claim.getId()),
                    ClaimStatus.SCRUB_FAILED,
                    "NOT_SENDABLE",
                    "the 837 could not be built: " + why,
                    ClaimService.SYSTEM,
                    "not-sendable-" + claim.getId() + "-a" + attempt));
  }

  // ------------------------------------------------------------------ 999

  /**
   * Records the 999 of a claim batch we sent and lets the waiting instance continue. A 999 R or E
   * (and a partial acceptance that does not include this claim) is a rejection: the claim is
   * REJECTED and does not count as filed. The first 999 per attempt counts; the message is
   * published again under the same ID (a no-op) when the file is processed twice.
   */
  public boolean recordFunctionalAck(BatchAcknowledged batch) {
    if (batch.batchKey() == null) {
      return false;
    }
    Matcher m = BATCH_KEY.matcher(batch.batchKey());
    if (!m.matches()) {
      return false;
    }
    long claimId = Long.parseLong(m.group(1));
    int attempt = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    Optional<Claim> found = claims.find(claimId);
    if (found.isEmpty()) {
      return false;
    }
    Claim claim = found.get();
    FunctionalAck ack = batch.ack();
    FunctionalAck.TransactionSetAck set =
        ack.transactionSets().size() == 1 ? ack.transactionSets().get(0) : null;
    String status = set != null ? set.status() : ack.status();
    boolean accepted =
        ack.transactionSets().size() > 1
            ? batch.acceptedCorrelationIds().contains(claim.getPatientControlNumber())
                && !"E".equals(status)
            : "A".equals(status);
    ClaimAcknowledgement stored =
        storeAck(
            new ClaimAcknowledgement(
                claimId,
                attempt,
                ClaimAcknowledgement.TYPE_999,
                accepted,
                status,
                PayerWords.codes(ack, set),
                null,
                PayerWords.explain(ack, set),
                null,
                batch.fileName()));
    claims
        .tx()
        .executeWithoutResult(
            s -> {
              Claim c = claims.get(claimId);
              if (c.getSubmissionAttempt() != attempt) {
                return;
              }
              if (stored.isAccepted()) {
                // the 277CA may have been read first: then the claim stays ACKNOWLEDGED
                claims.transition(
                    c,
                    c.getStatus() == ClaimStatus.SUBMITTED ? ClaimStatus.ACCEPTED : c.getStatus(),
                    "999_ACCEPTED",
                    stored.getCodes() + " (" + batch.fileName() + ")",
                    ClaimService.SYSTEM,
                    "999-" + attemptKey(c, attempt));
              } else if (c.getStatus() != ClaimStatus.ACKNOWLEDGED) {
                claims.transition(
                    c,
                    ClaimStatus.REJECTED,
                    "999_REJECTED",
                    stored.getCodes() + ": " + stored.getExplanation(),
                    ClaimService.SYSTEM,
                    "999-" + attemptKey(c, attempt));
              }
            });
    String key = attemptKey(claim, attempt);
    messages.publish(
        ClaimSubmissionProcess.MESSAGE_FUNCTIONAL_ACK,
        key,
        "999-" + key,
        Map.of(
            ClaimSubmissionProcess.VAR_FUNCTIONAL_ACK_STATUS,
            stored.isAccepted()
                ? ClaimSubmissionProcess.ACK_ACCEPTED
                : ClaimSubmissionProcess.ACK_REJECTED,
            ClaimSubmissionProcess.VAR_CORRECTION_REASON,
            stored.isAccepted() ? "" : stored.getExplanation()));
    return true;
  }

  // ------------------------------------------------------------------ 277CA

  /**
   * Records each claim status of a 277CA that names one of our claims (by CLM01) for its current
   * submission attempt: A1/A2 makes it ACKNOWLEDGED (filed, with the payer's claim control number),
   * anything else REJECTED with the STC codes in plain English. Returns how many were ours.
   */
  public int recordClaimAck(ClaimAck ack, String fileName) {
    int ours = 0;
    for (com.infusionbilling.edi.model.ClaimStatus s : ack.claims()) {
      Optional<Claim> found =
          s.patientControlNumber() == null
              ? Optional.empty()
              : claims.claims().findByPatientControlNumber(s.patientControlNumber());
      if (found.isEmpty()) {
        continue;
      }
      ours++;
      Claim claim = found.get();
      int attempt = Math.max(1, claim.getSubmissionAttempt());
      boolean accepted = s.accepted();
      ClaimAcknowledgement stored =
          storeAck(
              new ClaimAcknowledgement(
                  claim.getId(),
                  attempt,
                  ClaimAcknowledgement.TYPE_277CA,
                  accepted,
                  s.statusCategory(),
                  PayerWords.codes(s),
                  s.message(),
                  PayerWords.explain(s),
                  s.payerClaimControlNumber(),
                  fileName));
      claims
          .tx()
          .executeWithoutResult(
              tx -> {
                Claim c = claims.get(claim.getId());
                if (c.getSubmissionAttempt() != attempt
                    || c.getStatus() == ClaimStatus.ACKNOWLEDGED) {
                  return;
                }
                String key = "277ca-" + attemptKey(c, attempt);
                if (stored.isAccepted()) {
                  if (claims.record(
                      c,
                      "277CA_ACCEPTED",
                      c.getStatus(),
                      ClaimStatus.ACKNOWLEDGED,
                      stored.getCodes()
                          + ", payer claim "
                          + stored.getPayerClaimControlNumber()
                          + " ("
                          + fileName
                          + ")",
                      ClaimService.SYSTEM,
                      key)) {
                    c.acknowledged(stored.getPayerClaimControlNumber());
                    claims.claims().save(c);
                    claims
                        .timeline()
                        .record(
                            c.getEpisodeId(),
                            "CLAIM_ACKNOWLEDGED",
                            "claim "
                                + c.getId()
                                + " v"
                                + c.getClaimVersion()
                                + " accepted by the payer ("
                                + stored.getCodes()
                                + ")",
                            "claim-ack-" + c.getId() + "-v" + c.getClaimVersion());
                  }
                } else {
                  claims.transition(
                      c,
                      ClaimStatus.REJECTED,
                      "277CA_REJECTED",
                      stored.getCodes() + ": " + stored.getExplanation(),
                      ClaimService.SYSTEM,
                      key);
                }
              });
      String key = attemptKey(claim, attempt);
      messages.publish(
          ClaimSubmissionProcess.MESSAGE_CLAIM_ACK,
          key,
          "277ca-" + key,
          Map.of(
              ClaimSubmissionProcess.VAR_CLAIM_ACK_STATUS,
              stored.isAccepted()
                  ? ClaimSubmissionProcess.ACK_ACCEPTED
                  : ClaimSubmissionProcess.ACK_REJECTED,
              ClaimSubmissionProcess.VAR_CORRECTION_REASON,
              stored.isAccepted() ? "" : stored.getExplanation()));
    }
    return ours;
  }

  /** Stores the acknowledgement unless one of its kind exists for the attempt (that one counts). */
  private ClaimAcknowledgement storeAck(ClaimAcknowledgement ack) {
    Optional<ClaimAcknowledgement> existing =
        acks.findByClaimIdAndSubmissionAttemptAndAckType(
            ack.getClaimId(), ack.getSubmissionAttempt(), ack.getAckType());
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return acks.saveAndFlush(ack);
    } catch (DataIntegrityViolationException e) {
      return acks.findByClaimIdAndSubmissionAttemptAndAckType(
              ack.getClaimId(), ack.getSubmissionAttempt(), ack.getAckType())
          .orElseThrow(() -> e);
    }
  }

  static String attemptKey(Claim c, int attempt) {
    return ClaimSubmissionProcess.attemptKey(c.getId(), c.getClaimVersion(), attempt);
  }

  // ------------------------------------------------------------------ people

  /** One line changed by "Correct claim" ({@code lineNumber} 1-based). */
  public record LineCorrection(
      int lineNumber, List<String> modifiers, Integer units, List<Integer> diagnosisPointers) {}

  /**
   * What "Correct claim" changed, and why (the note is required). A blank authorization number,
   * diagnosis list or NPI leaves the claim's as it is.
   */
  public record Correction(
      String authorizationNumber,
      List<String> diagnoses,
      String renderingNpi,
      List<LineCorrection> lines,
      String note) {}

  /**
   * Applies a correction to the claim version (DRAFT again, ready to be scrubbed and sent as the
   * next attempt) and returns the attempt number the resubmission will use. Once per {@code key}.
   */
  public int applyCorrection(long claimId, Correction correction, String actor, String key) {
    return claims
        .tx()
        .execute(
            s -> {
              Claim claim = claims.get(claimId);
              int next = claim.getSubmissionAttempt() + 1;
              List<String> changes = new ArrayList<>();
              String given = ClaimService.blankToNull(correction.authorizationNumber());
              String auth = given == null ? claim.getAuthorizationNumber() : given;
              List<String> dx =
                  correction.diagnoses() == null || correction.diagnoses().isEmpty()
                      ? claim.getDiagnoses()
                      : ClaimService.upper(correction.diagnoses());
              for (String d : dx) {
                if (!ClaimService.ICD10.matcher(d).matches()) {
                  throw new InvalidClaimException(
                      "diagnosisCodes", d + " is not an ICD-10-CM code");
                }
              }
              if (dx.size() > 12 && claim.getClaimType() == ClaimType.PROFESSIONAL) {
                throw new InvalidClaimException("diagnosisCodes", "an 837P carries at most 12");
              }
              String givenNpi = ClaimService.blankToNull(correction.renderingNpi());
              String npi = givenNpi == null ? claim.getRenderingNpi() : givenNpi;
              if (!java.util.Objects.equals(auth, claim.getAuthorizationNumber())) {
                changes.add("authorization " + claim.getAuthorizationNumber() + " -> " + auth);
              }
              if (!dx.equals(claim.getDiagnoses())) {
                changes.add("diagnoses " + claim.getDiagnoses() + " -> " + dx);
              }
              if (!java.util.Objects.equals(npi, claim.getRenderingNpi())) {
                changes.add("rendering NPI " + claim.getRenderingNpi() + " -> " + npi);
              }
              List<ClaimLine> lines = claims.lines(claimId);
              List<Runnable> lineChanges = new ArrayList<>();
              if (correction.lines() != null) {
                for (LineCorrection lc : correction.lines()) {
                  ClaimLine line =
                      lines.stream()
                          .filter(l -> l.getLineNumber() == lc.lineNumber())
                          .findFirst()
                          .orElseThrow(
                              () ->
                                  new InvalidClaimException(
                                      "lineNumber", "the claim has no line " + lc.lineNumber()));
                  List<String> mods =
                      lc.modifiers() == null
                          ? line.getModifiers()
                          : ClaimService.upper(lc.modifiers());
                  int units = lc.units() == null ? line.getUnits() : lc.units();
                  List<Integer> pointers =
                      lc.diagnosisPointers() == null || lc.diagnosisPointers().isEmpty()
                          ? line.getDiagnosisPointers()
                          : lc.diagnosisPointers();
                  if (units < 1) {
                    throw new InvalidClaimException("lineUnits", "at least 1");
                  }
                  changes.add(
                      "line "
                          + lc.lineNumber()
                          + " "
                          + line.getCode()
                          + line.getModifiers()
                          + " x"
                          + line.getUnits()
                          + " dx"
                          + line.getDiagnosisPointers()
                          + " -> "
                          + line.getCode()
                          + mods
                          + " x"
                          + units
                          + " dx"
                          + pointers);
                  lineChanges.add(
                      () -> {
                        if (line.getUnits() != units || !line.getModifiers().equals(mods)) {
                          // the chargemaster's charge for the corrected code, modifiers and units
                          ClaimCharges.Charge charge =
                              claims
                                  .charges()
                                  .charge(line.getCode(), mods, units, claim.getDateOfService());
                          line.charge(charge.amount(), charge.source());
                        }
                        line.corrected(mods, units, pointers);
                        claims.lineRepository().save(line);
                      });
                }
              }
              String detail =
                  (changes.isEmpty() ? "no field changed" : String.join("; ", changes))
                      + "; note: "
                      + (correction.note() == null ? "" : correction.note().trim())
                      + "; next attempt "
                      + next;
              ClaimStatus from = claim.getStatus();
              if (claims.record(
                  claim, "CORRECTED", from, ClaimStatus.DRAFT, detail, actor, "correct-" + key)) {
                lineChanges.forEach(Runnable::run);
                claim.corrected(auth, dx, npi);
                BigDecimal total =
                    claims.lines(claimId).stream()
                        .map(ClaimLine::getCharge)
                        .filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                claim.totals(
                    total.setScale(2, RoundingMode.HALF_UP), claim.getTotalExpectedAllowed());
                claims.claims().save(claim);
              }
              return next;
            });
  }

  /**
   * What "Check clearinghouse" found: {@code RESUBMIT} (the clearinghouse has no record of the
   * file: send it again as the next attempt, returned) or {@code KEEP_WAITING}.
   */
  public int recordClearinghouseCheck(
      long claimId, String outcome, String reference, String note, String actor, String key) {
    return recordCheck(
        claimId,
        "CLEARINGHOUSE_CHECKED",
        "RESUBMIT".equals(outcome),
        outcome,
        reference,
        note,
        actor,
        key);
  }

  /**
   * What "Check claim status" found: {@code NOT_ON_FILE} (send it again as the next attempt,
   * returned), {@code STILL_PENDING} or {@code FINALIZED}.
   */
  public int recordClaimStatusCheck(
      long claimId, String outcome, String reference, String note, String actor, String key) {
    return recordCheck(
        claimId,
        "CLAIM_STATUS_CHECKED",
        "NOT_ON_FILE".equals(outcome),
        outcome,
        reference,
        note,
        actor,
        key);
  }

  private int recordCheck(
      long claimId,
      String event,
      boolean resubmit,
      String outcome,
      String reference,
      String note,
      String actor,
      String key) {
    return claims
        .tx()
        .execute(
            s -> {
              Claim claim = claims.get(claimId);
              int next = claim.getSubmissionAttempt() + (resubmit ? 1 : 0);
              String detail =
                  outcome
                      + (reference == null ? "" : ", reference " + reference)
                      + (note == null || note.isBlank() ? "" : ", note: " + note.trim())
                      + (resubmit ? "; resubmit as attempt " + next : "");
              claims.transition(
                  claim,
                  resubmit ? ClaimStatus.DRAFT : claim.getStatus(),
                  event,
                  detail,
                  actor,
                  "check-" + key);
              return next;
            });
  }

  /**
   * The timely-filing deadline is near and the claim is not acknowledged yet: managers are told
   * (history and the episode's timeline), once per claim version.
   */
  public boolean notifyFilingDeadline(long claimId) {
    return Boolean.TRUE.equals(
        claims
            .tx()
            .execute(
                s -> {
                  Claim claim = claims.get(claimId);
                  if (claim.getStatus() == ClaimStatus.ACKNOWLEDGED) {
                    return false;
                  }
                  String detail =
                      "timely-filing deadline "
                          + claim.getFilingDeadline()
                          + " and the claim is "
                          + claim.getStatus()
                          + " (rejected claims do not count as filed); managers notified";
                  boolean first =
                      claims.record(
                          claim,
                          "FILING_DEADLINE_NEAR",
                          claim.getStatus(),
                          claim.getStatus(),
                          detail,
                          ClaimService.SYSTEM,
                          "filing-deadline-" + claimId);
                  claims
                      .timeline()
                      .record(
                          claim.getEpisodeId(),
                          "CLAIM_FILING_DEADLINE_NEAR",
                          "claim " + claimId + ": " + detail,
                          "claim-filing-deadline-" + claimId);
                  return first;
                }));
  }
}
