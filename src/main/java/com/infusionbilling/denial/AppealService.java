package com.infusionbilling.denial;

import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeTimeline;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals: one row per level, opened with the deadline {@code Decision_AppealLevels} gives (counted
 * from the payer's decision, plus the presumed days until it is received), its letter rendered and
 * kept, its submission, the payer's decision, a missed deadline. Every write happens once per
 * appeal level, so a job delivered twice changes nothing the second time.
 */
@Service
public class AppealService {
  private static final Logger log = LoggerFactory.getLogger(AppealService.class);
  static final Set<String> CHANNELS = Set.of("PORTAL", "FAX", "MAIL", "X12_275");
  static final Set<String> OUTCOMES = Set.of(Appeal.OVERTURNED, Appeal.UPHELD);
  private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{3,40}");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final AppealRepository appeals;
  private final AppealLetters letters;
  private final DenialRepository denials;
  private final ClaimQueries claimQueries;
  private final ClaimService claims;
  private final EpisodeDossiers dossiers;
  private final EpisodeTimeline timeline;
  private final AppealLetterRenderer renderer;
  private final DenialService denialService;
  private final AuthorizationQueries authorizationQueries;
  private final ZoneId zone;
  private final org.springframework.context.ApplicationEventPublisher events;

  public AppealService(
      AppealRepository appeals,
      AppealLetters letters,
      DenialRepository denials,
      ClaimQueries claimQueries,
      ClaimService claims,
      EpisodeDossiers dossiers,
      EpisodeTimeline timeline,
      AppealLetterRenderer renderer,
      DenialService denialService,
      AuthorizationQueries authorizationQueries,
      BillingProperties billing,
      org.springframework.context.ApplicationEventPublisher events) {
    this.appeals = appeals;
    this.letters = letters;
    this.denials = denials;
    this.claimQueries = claimQueries;
    this.claims = claims;
    this.dossiers = dossiers;
    this.timeline = timeline;
    this.renderer = renderer;
    this.denialService = denialService;
    this.authorizationQueries = authorizationQueries;
    this.zone = billing.zone();
    this.events = events;
  }

  /** One row of {@code Decision_AppealLevels}. */
  public record LevelRule(
      String levelName,
      int receiptDays,
      String deadlinePeriod,
      String decisionPeriod,
      BigDecimal minimumAmount,
      String basis) {
    static LevelRule of(Map<String, Object> rule) {
      if (rule == null || !(rule.get("levelName") instanceof String name)) {
        throw new InvalidDenialException("appealLevelRule", "Decision_AppealLevels gave no level");
      }
      return new LevelRule(
          name,
          rule.get("receiptDays") instanceof Number n ? n.intValue() : 0,
          String.valueOf(rule.get("deadlinePeriod")),
          String.valueOf(rule.get("decisionPeriod")),
          rule.get("minimumAmount") instanceof Number m
              ? new BigDecimal(m.toString())
              : BigDecimal.ZERO,
          String.valueOf(rule.get("basis")));
    }
  }

  /** Who is appealed: a claim denial, or a prior-authorization denial of an episode. */
  public record Subject(
      String kind, Long denialId, Long authorizationRequestId, Long episodeId, String payerType) {}

  /** An opened level and the clocks of its tasks and timers. */
  public record Opened(
      long appealId,
      String appealKey,
      String levelName,
      LocalDate deadline,
      String basis,
      String dueAt,
      String escalateAt14,
      String escalateAt3,
      String deadlineAt) {}

  /**
   * Opens the level (once per subject and level): deadline = decision date + presumed receipt days
   * + the level's period. Escalations at 08:00 fourteen and three days before, the deadline timer
   * at the end of the deadline day (the sites' zone).
   */
  @Transactional
  public Opened open(
      Subject s, int level, LocalDate decisionDate, BigDecimal amount, LevelRule rule) {
    if (level < 1) {
      throw new InvalidDenialException("appealLevel", "1 or more");
    }
    if (decisionDate == null) {
      throw new InvalidDenialException("decisionDate", "required");
    }
    String subjectKey = Appeal.subjectKey(s.kind(), s.denialId(), s.authorizationRequestId());
    Appeal appeal = appeals.findBySubjectKeyAndLevel(subjectKey, level).orElse(null);
    if (appeal == null) {
      Long claimId = null;
      long episodeId;
      String payerType;
      if (Appeal.CLAIM.equals(s.kind())) {
        Denial d = denialService.get(s.denialId());
        claimId = d.getClaimId();
        episodeId = d.getEpisodeId();
        payerType = d.getPayerType();
      } else if (Appeal.PA.equals(s.kind())) {
        if (s.authorizationRequestId() == null || s.episodeId() == null || s.payerType() == null) {
          throw new InvalidDenialException(
              "authorizationRequestId", "a PA appeal needs the request, episode and payer type");
        }
        episodeId = s.episodeId();
        payerType = s.payerType();
      } else {
        throw new InvalidDenialException("appealKind", "CLAIM or PA");
      }
      LocalDate deadline =
          decisionDate.plusDays(rule.receiptDays()).plus(period(rule.deadlinePeriod()));
      appeal =
          appeals.saveAndFlush(
              new Appeal(
                  s.kind(),
                  s.denialId(),
                  s.authorizationRequestId(),
                  claimId,
                  episodeId,
                  payerType,
                  level,
                  rule.levelName(),
                  decisionDate,
                  deadline,
                  rule.basis(),
                  decisionDays(rule.decisionPeriod()),
                  amount == null ? BigDecimal.ZERO : amount,
                  rule.minimumAmount()));
      timeline.record(
          episodeId,
          "APPEAL_OPENED",
          "appeal "
              + appeal.getId()
              + ": "
              + rule.levelName()
              + ", due "
              + deadline
              + " ("
              + rule.basis()
              + ")",
          "appeal-opened-" + appeal.getId());
      log.info("appeal {} opened: level {}, due {}", appeal.getId(), level, deadline);
    }
    return opened(appeal);
  }

  private Opened opened(Appeal a) {
    LocalDate d = a.getDeadline();
    return new Opened(
        a.getId(),
        a.appealKey(),
        a.getLevelName(),
        d,
        a.getDeadlineBasis(),
        ISO.format(d.atTime(LocalTime.of(17, 0)).atZone(zone)),
        ISO.format(d.minusDays(14).atTime(LocalTime.of(8, 0)).atZone(zone)),
        ISO.format(d.minusDays(3).atTime(LocalTime.of(8, 0)).atZone(zone)),
        ISO.format(d.plusDays(1).atStartOfDay(zone)));
  }

  static Period period(String iso) {
    try {
      return Period.parse(iso);
    } catch (RuntimeException e) {
      throw new InvalidDenialException("deadlinePeriod", "an ISO period such as P120D, not " + iso);
    }
  }

  /** Whole days of a decision period ({@code P60D} = 60, {@code PT72H} = 3). */
  static int decisionDays(String iso) {
    if (iso != null && iso.startsWith("PT")) {
      return (int) Math.max(1, Duration.parse(iso).toDays());
    }
    Period p = period(iso);
    return p.getYears() * 365 + p.getMonths() * 30 + p.getDays();
  }

  /** Renders and keeps the level's letter once; returns its download path. */
  @Transactional
  public String generateLetter(long appealId) {
    Appeal a = get(appealId);
    if (letters.find(appealId).isEmpty()) {
      Denial d = a.getDenialId() == null ? null : denialService.get(a.getDenialId());
      var claim = a.getClaimId() == null ? null : claimQueries.view(a.getClaimId()).orElse(null);
      // a prior-authorization appeal (issue 17 item 5) quotes the request and the payer's review
      var request =
          a.getAuthorizationRequestId() == null
              ? null
              : authorizationQueries.request(a.getAuthorizationRequestId()).orElse(null);
      byte[] pdf =
          renderer.render(
              new AppealLetterRenderer.Content(
                  a,
                  d,
                  claim,
                  request,
                  dossiers.load(a.getEpisodeId()),
                  d != null
                      ? denialService.explanation(d)
                      : "The payer denied the prior authorization request"
                          + (request == null || request.decisionReason() == null
                              ? "."
                              : " (reason code " + request.decisionReason() + ")."),
                  a.getPolicyReference(),
                  LocalDate.now(zone)));
      letters.insert(
          appealId, "appeal-" + appealId + "-level-" + a.getLevel() + ".pdf", pdf, sha256(pdf));
      timeline.record(
          a.getEpisodeId(),
          "APPEAL_LETTER",
          "appeal " + appealId + " letter generated (" + pdf.length + " bytes)",
          "appeal-letter-" + appealId);
    }
    return letterPath(appealId);
  }

  public static String letterPath(long appealId) {
    return "/api/appeals/" + appealId + "/letter";
  }

  /** The stored letter (PHI: the caller checks access and audits). */
  @Transactional(readOnly = true)
  public java.util.Optional<Letter> letter(long appealId) {
    return letters
        .find(appealId)
        .flatMap(
            s ->
                letters
                    .content(appealId)
                    .map(bytes -> new Letter(s.fileName(), bytes, get(appealId).getEpisodeId())));
  }

  /** A letter as downloaded. */
  public record Letter(String fileName, byte[] pdf, long episodeId) {}

  /**
   * The appeal went to the payer: once; the claim is APPEALED. Returns when to follow up if no
   * decision comes: the submission date + the payer's decision time + 15 days, 08:00.
   */
  @Transactional
  public String submit(
      long appealId,
      String policyReference,
      String channel,
      LocalDate submittedOn,
      String trackingNumber,
      String decisionPeriod) {
    Appeal a = get(appealId);
    if (a.getSubmittedOn() == null) {
      if (channel == null || !CHANNELS.contains(channel)) {
        throw new InvalidDenialException("appealChannel", "one of " + CHANNELS);
      }
      if (submittedOn == null || submittedOn.isAfter(LocalDate.now(zone))) {
        throw new InvalidDenialException("submittedOn", "a date, not in the future");
      }
      if (trackingNumber == null || !TRACKING.matcher(trackingNumber.trim()).matches()) {
        throw new InvalidDenialException("trackingNumber", "3 to 40 letters, digits or hyphens");
      }
      a.submitted(
          policyReference == null ? null : policyReference.trim(),
          channel,
          submittedOn,
          trackingNumber.trim());
      appeals.save(a);
      if (a.getDenialId() != null) {
        denials.findById(a.getDenialId()).ifPresent(d -> d.moveTo(DenialStatus.APPEALED, null));
      }
      if (a.getClaimId() != null) {
        claims.appealed(
            a.getClaimId(),
            appealId,
            a.getLevelName()
                + " submitted "
                + submittedOn
                + " by "
                + channel.toLowerCase(Locale.ROOT)
                + ", tracking "
                + trackingNumber.trim());
      }
      String patientControlNumber =
          a.getClaimId() == null
              ? null
              : claimQueries
                  .view(a.getClaimId())
                  .map(com.infusionbilling.claim.ClaimView::patientControlNumber)
                  .orElse(null);
      events.publishEvent(
          new AppealSubmitted(
              appealId, a.appealKey(), a.getClaimId(), patientControlNumber, a.getLevel()));
      timeline.record(
          a.getEpisodeId(),
          "APPEAL_SUBMITTED",
          "appeal " + appealId + ": " + a.getLevelName() + " submitted " + submittedOn,
          "appeal-submitted-" + appealId);
    }
    return followUpAt(a, decisionPeriod);
  }

  /**
   * A level the payer forwards itself (Decision_AppealLevels autoForwarded: a Medicare Advantage
   * plan sends an upheld reconsideration to the Independent Review Entity, 42 CFR 422.592(a)):
   * recorded once as submitted by the plan today, nothing for the provider to file. Returns when to
   * follow up if no decision comes, as for a filed level.
   */
  @Transactional
  public String forwardedByPayer(long appealId, String decisionPeriod) {
    Appeal a = get(appealId);
    if (a.getSubmittedOn() == null) {
      LocalDate today = LocalDate.now(zone);
      a.submitted(null, FORWARDED_BY_PAYER, today, null);
      appeals.save(a);
      timeline.record(
          a.getEpisodeId(),
          "APPEAL_FORWARDED",
          "appeal " + appealId + ": " + a.getLevelName() + ", forwarded by the payer " + today,
          "appeal-forwarded-" + appealId);
    }
    return followUpAt(a, decisionPeriod);
  }

  /**
   * When to follow up on a level if no decision comes: its decision period (a PT duration from the
   * decision, else the level's days) after submission, plus 15 days, at 08:00.
   */
  private String followUpAt(Appeal a, String decisionPeriod) {
    Duration decision =
        decisionPeriod != null && decisionPeriod.startsWith("PT")
            ? Duration.parse(decisionPeriod)
            : Duration.ofDays(a.getDecisionDays());
    return ISO.format(
        a.getSubmittedOn().atTime(LocalTime.of(8, 0)).atZone(zone).plus(decision).plusDays(15));
  }

  /** The channel of a level the payer forwarded itself (no filing by the provider). */
  static final String FORWARDED_BY_PAYER = "PAYER_FORWARDED";

  /** What the payer decided on a level, and where the case goes next. */
  public record Decided(String outcome, int nextLevel, LocalDate decisionDate) {}

  /**
   * The payer's decision, once per level. Overturned: the denial is resolved and the claim waits
   * for payment again. Upheld: the next level is counted from today.
   */
  @Transactional
  public Decided decide(long appealId, String outcome, String note) {
    Appeal a = get(appealId);
    if (a.getOutcome() == null) {
      if (outcome == null || !OUTCOMES.contains(outcome)) {
        throw new InvalidDenialException("appealOutcome", "OVERTURNED or UPHELD");
      }
      a.decided(outcome, note == null || note.isBlank() ? null : note.trim());
      appeals.save(a);
      if (Appeal.OVERTURNED.equals(outcome)) {
        if (a.getDenialId() != null) {
          denials
              .findById(a.getDenialId())
              .ifPresent(
                  d ->
                      d.moveTo(
                          DenialStatus.RESOLVED,
                          "appeal " + appealId + " overturned: the claim waits for payment"));
        }
        if (a.getClaimId() != null) {
          claims.appealOverturned(a.getClaimId(), appealId);
        }
      }
      timeline.record(
          a.getEpisodeId(),
          "APPEAL_DECIDED",
          "appeal " + appealId + " (" + a.getLevelName() + "): " + outcome,
          "appeal-decided-" + appealId);
    }
    return new Decided(
        a.getOutcome(), a.getLevel() + 1, a.getOutcomeAt().atZone(zone).toLocalDate());
  }

  /** The deadline passed without a submission: the denial is a write-off candidate. */
  @Transactional
  public void deadlineMissed(long appealId) {
    Appeal a = get(appealId);
    if (a.getOutcome() == null) {
      a.decided(Appeal.DEADLINE_MISSED, "deadline " + a.getDeadline() + " passed");
      appeals.save(a);
      if (a.getDenialId() != null) {
        denials
            .findById(a.getDenialId())
            .ifPresent(
                d ->
                    d.moveTo(
                        DenialStatus.WRITE_OFF_CANDIDATE,
                        "appeal deadline " + a.getDeadline() + " missed"));
      }
      timeline.record(
          a.getEpisodeId(),
          "APPEAL_DEADLINE_MISSED",
          "appeal " + appealId + ": deadline " + a.getDeadline() + " missed",
          "appeal-missed-" + appealId);
    }
  }

  /** The deadline is near (14 or 3 days): a timeline entry the dashboard shows, once per step. */
  @Transactional
  public void escalate(long appealId) {
    Appeal a = get(appealId);
    long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(zone), a.getDeadline());
    String step = days <= 3 ? "3" : "14";
    timeline.record(
        a.getEpisodeId(),
        "APPEAL_DEADLINE_NEAR",
        "appeal "
            + appealId
            + " ("
            + a.getLevelName()
            + ") due "
            + a.getDeadline()
            + (days <= 3 ? ": managers notified" : ": appeals reminded"),
        "appeal-escalated-" + appealId + "-" + step);
    log.info("appeal {} due {}: escalated ({} days left)", appealId, a.getDeadline(), days);
  }

  @Transactional(readOnly = true)
  public Appeal get(long appealId) {
    return appeals
        .findById(appealId)
        .orElseThrow(() -> new NoSuchElementException("no appeal " + appealId));
  }

  @Transactional(readOnly = true)
  public List<Appeal> ofDenial(long denialId) {
    return appeals.findByDenialIdOrderByLevelAsc(denialId);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
