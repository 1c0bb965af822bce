package com.infusionbilling.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A denied claim goes out again as a new version, never as an edit of the one the payer has: a
 * replacement (frequency 7, REF*F8 with the payer's claim control number of the original) when the
 * payer adjudicated it, or a new claim (frequency 1) when it was unprocessable and so never
 * adjudicated (Medicare CO-16/M119). The new version is started through {@link
 * ClaimSubmissionStarter} (the process-start outbox) in the same transaction. Idempotent by the
 * caller's request key: the same key again returns the version made the first time.
 */
@Service
public class ClaimRebills {
  private static final Logger log = LoggerFactory.getLogger(ClaimRebills.class);
  private static final Pattern AUTHORIZATION = Pattern.compile("[A-Za-z0-9-]{3,30}");

  /** Frequency 7: replacement of a prior claim. */
  public static final String REPLACEMENT = "7";

  /** Frequency 1: an original claim (after an unprocessable one). */
  public static final String NEW_CLAIM = "1";

  private final ClaimService claims;
  private final ClaimHistoryRepository history;
  private final ClaimSubmissionStarter starter;

  ClaimRebills(
      ClaimService claims, ClaimHistoryRepository history, ClaimSubmissionStarter starter) {
    this.claims = claims;
    this.history = history;
    this.starter = starter;
  }

  /**
   * A replacement (frequency 7) of the claim, with REF*F8 = the original's payer claim control
   * number and, when given, a new authorization number (REF*G1).
   *
   * @param requestKey the caller's idempotency key (e.g. {@code denial-12})
   * @param reason why (codes and IDs, no PHI): kept in the history of both versions
   * @throws InvalidClaimException when the claim has no payer claim control number to replace
   */
  @Transactional
  public ClaimRef createReplacement(
      long claimId, String authorizationNumber, String reason, String requestKey) {
    return rebill(claimId, REPLACEMENT, authorizationNumber, reason, requestKey);
  }

  /** A new claim (frequency 1) with the same lines, for a claim the payer could not process. */
  @Transactional
  public ClaimRef createNewClaim(
      long claimId, String authorizationNumber, String reason, String requestKey) {
    return rebill(claimId, NEW_CLAIM, authorizationNumber, reason, requestKey);
  }

  private ClaimRef rebill(
      long claimId, String frequency, String authorizationNumber, String reason, String key) {
    if (key == null || key.isBlank()) {
      throw new InvalidClaimException("requestKey", "required");
    }
    String dedup = "claim-rebill-" + key;
    Optional<ClaimHistoryEntry> done = history.findByDedupKey(dedup);
    if (done.isPresent()) {
      return claims.get(done.get().getClaimId()).ref();
    }
    Claim original = claims.get(claimId);
    String auth = ClaimService.blankToNull(authorizationNumber);
    if (auth != null && !AUTHORIZATION.matcher(auth).matches()) {
      throw new InvalidClaimException("authorizationNumber", "3 to 30 letters, digits or hyphens");
    }
    return rebill(original, frequency, auth, reason, dedup, null);
  }

  /** What a line of a new version expects, and the rule and explanation behind the amount. */
  record LineExpectation(BigDecimal expected, String ruleId, String explanation) {}

  /**
   * The new version of {@code original} (frequency 7 or 1) to the same payer, with the same lines;
   * a secondary claim's version stays addressed to the secondary payer after the same primary
   * (SBR01 S). Each line keeps its expected amount, or takes {@code expectation}'s.
   *
   * @param dedup the history key that makes the request idempotent (checked by the caller)
   */
  ClaimRef rebill(
      Claim original,
      String frequency,
      String auth,
      String reason,
      String dedup,
      Function<ClaimLine, LineExpectation> expectation) {
    if (REPLACEMENT.equals(frequency) && original.getPayerClaimControlNumber() == null) {
      throw new InvalidClaimException(
          "claimId",
          "claim "
              + original.getId()
              + " has no payer claim control number: a replacement (frequency 7) needs REF*F8");
    }
    int version = claims.nextVersion(original.getVisitId());
    Claim next =
        claims
            .claims()
            .saveAndFlush(
                new Claim(
                    original.getVisitId(),
                    original.getEpisodeId(),
                    version,
                    frequency,
                    original.getClaimType(),
                    original.getPayerId(),
                    original.getSiteOfCare(),
                    original.getDateOfService(),
                    auth != null ? auth : original.getAuthorizationNumber(),
                    original.getDiagnoses(),
                    original.getRenderingNpi(),
                    original.getFilingDeadline()));
    next.assignPatientControlNumber();
    next.follows(original);
    if (original.isSecondary()) {
      next.billsSecondaryAfter(claims.get(original.getPrimaryClaimId()));
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal expected = BigDecimal.ZERO;
    for (ClaimLine l : claims.lines(original.getId())) {
      LineExpectation e =
          expectation == null
              ? new LineExpectation(l.getExpectedAllowed(), l.getRuleId(), l.getExplanation())
              : expectation.apply(l);
      claims.lineRepository().save(l.copyTo(next, e.expected(), e.ruleId(), e.explanation()));
      total = total.add(l.getCharge() == null ? BigDecimal.ZERO : l.getCharge());
      expected = expected.add(e.expected() == null ? BigDecimal.ZERO : e.expected());
    }
    next.totals(total, expectation == null ? original.getTotalExpectedAllowed() : expected);
    claims.claims().save(next);
    String what =
        REPLACEMENT.equals(frequency)
            ? "replacement (frequency 7, REF*F8 " + original.getPayerClaimControlNumber() + ")"
            : "new claim (frequency 1)";
    String detail =
        "version "
            + version
            + ", "
            + what
            + " of claim "
            + original.getId()
            + " v"
            + original.getClaimVersion()
            + (auth != null ? ", authorization " + auth : "")
            + (reason == null || reason.isBlank() ? "" : ": " + reason.trim());
    return open(
        next,
        original,
        REPLACEMENT.equals(frequency) ? "REPLACEMENT_CREATED" : "NEW_CLAIM_CREATED",
        "REBILLED",
        "CLAIM_REBILLED",
        detail,
        dedup,
        dedup + "-original",
        "(" + frequency.toLowerCase(Locale.ROOT) + ") follows");
  }

  /**
   * What every new claim version shares once it is stored (a rebill, a secondary claim): its
   * history row (DRAFT, key {@code dedup}), a row on the version it follows ("followed by claim
   * ..."), a line on the episode's timeline, its {@code ClaimSubmission} started through the
   * process-start outbox in this transaction, and a log line (IDs only).
   *
   * @param relation how the new version relates to {@code from}, for the log
   */
  ClaimRef open(
      Claim next,
      Claim from,
      String createdEvent,
      String fromEvent,
      String timelineEvent,
      String detail,
      String dedup,
      String fromDedup,
      String relation) {
    claims.record(next, createdEvent, null, ClaimStatus.DRAFT, detail, ClaimService.SYSTEM, dedup);
    claims.record(
        from,
        fromEvent,
        from.getStatus(),
        from.getStatus(),
        "followed by claim " + next.getId() + " " + detail,
        ClaimService.SYSTEM,
        fromDedup);
    claims
        .timeline()
        .record(from.getEpisodeId(), timelineEvent, "claim " + next.getId() + " " + detail, dedup);
    starter.start(next.ref());
    log.info(
        "claim {} v{} {} claim {}", next.getId(), next.getClaimVersion(), relation, from.getId());
    return next.ref();
  }

  /** Every version of the claim's visit, oldest first. */
  public List<ClaimRef> versions(long claimId) {
    return claims.ofVisit(claims.get(claimId).getVisitId());
  }
}
