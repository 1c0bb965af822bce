package com.infusionbilling.visit;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeStatus;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.episode.TherapyEpisodeProcess;
import com.infusionbilling.process.ProcessMessages;
import com.infusionbilling.remittance.PatientBalances;
import com.infusionbilling.web.ConflictException;
import com.infusionbilling.web.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visits of an episode: scheduling one (stored first, then announced to the episode's {@code
 * TherapyEpisode}, which starts the visit's own {@code InfusionVisit}), what a visit looks like to
 * the API, and the coordinators' resolutions of a visit that is not ready.
 */
@Service
public class VisitService {
  private static final Logger log = LoggerFactory.getLogger(VisitService.class);

  /** How far back a visit may be scheduled (documenting a dose given earlier). */
  static final int MAX_DAYS_IN_PAST = 30;

  /** How far ahead a visit may be scheduled. */
  static final int MAX_DAYS_AHEAD = 366;

  public static final String RECHECK = "RECHECK";
  public static final String RESCHEDULE = "RESCHEDULE";
  public static final String CANCEL = "CANCEL";

  private final VisitRepository visits;
  private final ClaimService claims;
  private final EpisodeDossiers contexts;
  private final ReferenceDataService reference;
  private final EpisodeTimeline timeline;
  private final ProcessMessages messages;
  private final PatientBalances balances;
  private final ZoneId zone;
  private final Clock clock;
  private final TransactionTemplate tx;

  public VisitService(
      VisitRepository visits,
      ClaimService claims,
      EpisodeDossiers contexts,
      ReferenceDataService reference,
      EpisodeTimeline timeline,
      ProcessMessages messages,
      PatientBalances balances,
      BillingProperties billing,
      PlatformTransactionManager transactions) {
    this.visits = visits;
    this.claims = claims;
    this.contexts = contexts;
    this.reference = reference;
    this.timeline = timeline;
    this.messages = messages;
    this.balances = balances;
    this.zone = billing.zone();
    this.clock = Clock.system(zone);
    this.tx = new TransactionTemplate(transactions);
  }

  public record ScheduleRequest(
      LocalDateTime scheduledStart, SiteOfCare siteOfCare, DrugSource drugSource) {}

  /** The visit, and whether this call created it (a repeated request finds the first). */
  public record Scheduled(long visitId, long episodeId, boolean created) {}

  /**
   * Stores a visit of an active therapy (once per episode and start time) and, after the row has
   * committed, asks the episode's {@code TherapyEpisode} to start its {@code InfusionVisit}. A
   * repeated request returns the same visit and asks again (the message ID makes that a no-op).
   *
   * @throws NoSuchElementException when there is no such episode (404)
   * @throws ConflictException when the episode's therapy is not active (409)
   * @throws InvalidInputException naming the field (400)
   */
  public Scheduled schedule(long episodeId, ScheduleRequest request, String username) {
    if (request.scheduledStart() == null) {
      throw new InvalidInputException("scheduledStart", "required (YYYY-MM-DDTHH:MM)");
    }
    if (request.siteOfCare() == null) {
      throw new InvalidInputException("siteOfCare", "required");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate date = request.scheduledStart().toLocalDate();
    if (date.isBefore(today.minusDays(MAX_DAYS_IN_PAST))) {
      throw new InvalidInputException(
          "scheduledStart", "more than " + MAX_DAYS_IN_PAST + " days in the past");
    }
    if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
      throw new InvalidInputException(
          "scheduledStart", "more than " + MAX_DAYS_AHEAD + " days ahead");
    }
    Scheduled scheduled =
        tx.execute(
            s -> {
              EpisodeDossier ctx = contexts.load(episodeId);
              if (ctx.episode().getStatus() != EpisodeStatus.ACTIVE) {
                throw new ConflictException(
                    "the therapy of episode "
                        + episodeId
                        + " is not active ("
                        + ctx.episode().getStatus()
                        + "): no dose may be scheduled");
              }
              DrugSource drugSource = drugSource(ctx, request.drugSource());
              LocalDateTime start = request.scheduledStart().withSecond(0).withNano(0);
              return visits
                  .findByEpisodeIdAndScheduledStart(episodeId, start)
                  .map(v -> new Scheduled(v.getId(), episodeId, false))
                  .orElseGet(
                      () -> {
                        Visit v =
                            visits.saveAndFlush(
                                new Visit(
                                    episodeId, start, request.siteOfCare(), drugSource, username));
                        timeline.record(
                            episodeId,
                            "VISIT_SCHEDULED",
                            "visit "
                                + v.getId()
                                + " on "
                                + start
                                + ", "
                                + v.getSiteOfCare()
                                + ", "
                                + v.getDrugSource(),
                            "visit-scheduled-" + v.getId());
                        return new Scheduled(v.getId(), episodeId, true);
                      });
            });
    requestStart(scheduled.visitId(), episodeId);
    return scheduled;
  }

  /**
   * The visit's drug source: the episode's when its drug is free (patient assistance, white bag:
   * recorded when coverage or the site of care was resolved), so no visit under it bills the drug
   * line and none waits for a payer authorization of a drug the payer does not pay for; otherwise
   * the requested one (buy-and-bill when none is given).
   *
   * @throws InvalidInputException when a buy-and-bill visit is requested for a free-drug episode
   */
  static DrugSource drugSource(EpisodeDossier ctx, DrugSource requested) {
    if (ctx.episode().freeDrug()) {
      DrugSource episodeSource = DrugSource.valueOf(ctx.episode().getDrugSource());
      if (requested != null && requested != episodeSource) {
        throw new InvalidInputException(
            "drugSource",
            "the drug of episode "
                + ctx.episode().getId()
                + " comes from "
                + episodeSource
                + ", so its visits are "
                + episodeSource
                + " too (the drug line is never billed)");
      }
      return episodeSource;
    }
    return requested == null ? DrugSource.BUY_AND_BILL : requested;
  }

  /**
   * Asks {@code TherapyEpisode} for the visit's process; runs after the visit row committed. The
   * message ID makes a repeated request a no-op; once the engine took it, the visit says so ({@code
   * process_requested_at}), and a visit whose request failed is asked for again by {@link
   * #requestPendingStarts}.
   */
  void requestStart(long visitId, long episodeId) {
    messages.publish(
        TherapyEpisodeProcess.MESSAGE_INFUSION_VISIT_REQUESTED,
        String.valueOf(episodeId),
        "visit-requested-" + visitId,
        Map.of(InfusionVisitProcess.VAR_VISIT_ID, visitId));
    tx.executeWithoutResult(s -> visits.lockById(visitId).ifPresent(Visit::processRequested));
  }

  /**
   * Visits stored but not yet announced to their episode (the engine was unreachable after the
   * commit, or the JVM stopped in between): announced again, oldest first. Runs on a schedule and
   * at start-up ({@link VisitStartRetry}).
   *
   * @return how many were announced
   */
  public int requestPendingStarts() {
    java.time.Instant before = java.time.Instant.now().minusSeconds(30);
    var pending =
        tx.execute(
            s ->
                visits
                    .findTop50ByProcessRequestedAtIsNullAndCreatedAtBeforeOrderByIdAsc(before)
                    .stream()
                    .filter(v -> v.getStatus() != VisitStatus.CANCELLED)
                    .map(v -> new long[] {v.getId(), v.getEpisodeId()})
                    .toList());
    int announced = 0;
    for (long[] v : pending) {
      try {
        requestStart(v[0], v[1]);
        announced++;
      } catch (RuntimeException e) {
        log.warn("visit {} still not announced: {}", v[0], e.getMessage());
        break;
      }
    }
    return announced;
  }

  /**
   * Starts the visit's {@code InfusionVisit} by its start message: correlation key and message ID
   * are the visit ID, so a second call never starts a second instance.
   */
  public void startProcess(long visitId) {
    Map<String, Object> variables = tx.execute(s -> startVariables(load(visitId)));
    messages.publish(
        InfusionVisitProcess.MESSAGE_VISIT_SCHEDULED,
        String.valueOf(visitId),
        "infusion-visit-" + visitId,
        variables);
    log.info("InfusionVisit requested for visit {}", visitId);
  }

  Map<String, Object> startVariables(Visit v) {
    EpisodeDossier ctx = contexts.load(v.getEpisodeId());
    Map<String, Object> vars = new HashMap<>();
    vars.put(InfusionVisitProcess.VAR_VISIT_ID, v.getId());
    vars.put(InfusionVisitProcess.VAR_EPISODE_ID, v.getEpisodeId());
    vars.put(InfusionVisitProcess.VAR_PAYER_ID, ctx.payer().payerId());
    vars.put(InfusionVisitProcess.VAR_HCPCS, ctx.order().getHcpcs());
    vars.put(InfusionVisitProcess.VAR_SITE_OF_CARE, v.getSiteOfCare().name());
    vars.put(InfusionVisitProcess.VAR_DRUG_SOURCE, v.getDrugSource().name());
    vars.put(InfusionVisitProcess.VAR_CLAIM_TYPE, claimType(v.getSiteOfCare()).name());
    vars.put("primaryDiagnosis", ctx.order().principalDiagnosis());
    vars.put(
        "orderedDose", ctx.order().doseMilligrams().stripTrailingZeros().toPlainString() + " mg");
    vars.putAll(scheduleVariables(v));
    vars.putAll(documentationTemplate(v, ctx));
    return vars;
  }

  /**
   * What "Document administration" opens with: the ordered drug and dose, the vials it likely
   * needs, and one administration starting at the scheduled time, in the billing preview request's
   * shape. The nurse completes and corrects it (NDC, lot, expiry, stop time, access site); the stop
   * time is never filled in for her.
   */
  Map<String, Object> documentationTemplate(Visit v, EpisodeDossier ctx) {
    String hcpcs = ctx.order().getHcpcs();
    Map<String, Object> drug = new java.util.LinkedHashMap<>();
    drug.put("hcpcs", hcpcs);
    drug.put("administeredAmount", plain(ctx.order().doseMilligrams()));
    drug.put("amountUnit", "mg");
    VisitReadiness.vials(ctx, reference.current())
        .ifPresent(
            x -> {
              drug.put("singleDoseContainer", true);
              drug.put(
                  "containers",
                  List.of(Map.of("size", plain(x.sizeMg()), "unit", "mg", "count", x.count())));
              drug.put("discardedAmount", plain(x.wasteMg()));
            });
    Map<String, Object> administration = new java.util.LinkedHashMap<>();
    administration.put("id", "a1");
    administration.put("route", "IV_INFUSION");
    administration.put("category", hcpcs.startsWith("J9") ? "CHEMOTHERAPY" : "THERAPEUTIC");
    administration.put("drugHcpcs", hcpcs);
    administration.put("start", v.getScheduledStart().toString());
    return Map.of("drugs", List.of(drug), "administrations", List.of(administration));
  }

  /** 365.000 → 365 and 1E+2 → 100: numbers as a form shows them. */
  static java.math.BigDecimal plain(java.math.BigDecimal n) {
    java.math.BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The visit's time and its readiness timers (also after a rescheduling). */
  Map<String, Object> scheduleVariables(Visit v) {
    VisitTimers timers = VisitTimers.of(v.serviceDate(), zone);
    return Map.of(
        InfusionVisitProcess.VAR_SCHEDULED_START, v.getScheduledStart().toString(),
        InfusionVisitProcess.VAR_SERVICE_DATE, v.serviceDate().toString(),
        InfusionVisitProcess.VAR_FIRST_READINESS_CHECK_AT,
            timers.firstReadinessCheckAt().toString(),
        InfusionVisitProcess.VAR_VISIT_DAY_CHECK_AT, timers.visitDayCheckAt().toString(),
        InfusionVisitProcess.VAR_READINESS_ESCALATION_AT,
            timers.readinessEscalationAt().toString());
  }

  /** 837I for hospital outpatient departments, 837P for offices, homes and infusion centres. */
  public static ClaimType claimType(SiteOfCare site) {
    return site == SiteOfCare.HOSPITAL_OUTPATIENT
        ? ClaimType.INSTITUTIONAL
        : ClaimType.PROFESSIONAL;
  }

  /**
   * A visit as the API shows it: IDs, codes and dates (the patient is behind the episode); the ABN
   * outcome when one was needed (null otherwise), and what the patient pays himself (ABN option 2:
   * the drug's lines at their charge, not billed to Medicare).
   */
  public record VisitView(
      long visitId,
      long episodeId,
      LocalDateTime scheduledStart,
      SiteOfCare siteOfCare,
      DrugSource drugSource,
      VisitStatus status,
      String readinessReason,
      boolean billDrug,
      Long authorizationId,
      int documentationVersion,
      List<Long> claimIds,
      List<ClaimVersion> claims,
      AbnStatus abnStatus,
      List<PatientBalances.SelfPayView> selfPay) {}

  public record ClaimVersion(long claimId, int version) {}

  public VisitView view(long visitId) {
    return tx.execute(
        s -> {
          Visit v = load(visitId);
          List<ClaimRef> cs = claims.ofVisit(visitId);
          return new VisitView(
              v.getId(),
              v.getEpisodeId(),
              v.getScheduledStart(),
              v.getSiteOfCare(),
              v.getDrugSource(),
              v.getStatus(),
              v.getReadinessReason(),
              v.isBillDrug(),
              v.getAuthorizationId(),
              v.getDocumentationVersion(),
              cs.stream().map(ClaimRef::claimId).distinct().toList(),
              cs.stream().map(c -> new ClaimVersion(c.claimId(), c.version())).toList(),
              v.getAbnStatus(),
              balances.selfPayOfVisit(visitId));
        });
  }

  public List<VisitView> ofEpisode(long episodeId) {
    return tx.execute(
        s -> {
          var ofEpisode = visits.findByEpisodeIdOrderByScheduledStartAsc(episodeId);
          if (ofEpisode.isEmpty()) {
            contexts.load(episodeId); // no episode: NoSuchElementException, a 404
          }
          return ofEpisode.stream().map(v -> view(v.getId())).toList();
        });
  }

  /**
   * Applies "Resolve visit readiness": check again, move the visit (new readiness timers), or
   * cancel it. Idempotent: a second delivery finds the visit already moved or cancelled.
   *
   * @return the variables the process continues with (new timers after a rescheduling)
   */
  public Map<String, Object> applyReadinessResolution(
      long visitId, String resolution, LocalDateTime newStart) {
    return tx.execute(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> notFound(visitId));
          switch (resolution) {
            case RESCHEDULE -> {
              if (newStart == null) {
                throw new IllegalArgumentException("a new start is required to reschedule");
              }
              LocalDateTime start = newStart.withSecond(0).withNano(0);
              if (!start.equals(v.getScheduledStart())) {
                timeline.record(
                    v.getEpisodeId(),
                    "VISIT_RESCHEDULED",
                    "visit " + visitId + " moved from " + v.getScheduledStart() + " to " + start,
                    "visit-rescheduled-" + visitId + "-" + start);
                v.reschedule(start);
              }
              return scheduleVariables(v);
            }
            case CANCEL -> {
              if (v.getStatus() != VisitStatus.CANCELLED) {
                v.moveTo(VisitStatus.CANCELLED);
              }
              timeline.record(
                  v.getEpisodeId(),
                  "VISIT_CANCELLED",
                  "visit " + visitId + " cancelled: not ready (" + v.getReadinessReason() + ")",
                  "visit-cancelled-" + visitId);
              return Map.of();
            }
            default -> {
              return Map.of();
            }
          }
        });
  }

  /**
   * Records that a visit's task is overdue: readiness still unresolved the day before (managers),
   * documentation open for 24 hours (the nurse is reminded) or 72 hours (managers).
   */
  public void notifyOverdue(long visitId, String escalation) {
    tx.executeWithoutResult(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> notFound(visitId));
          if (!"DOCUMENTATION_REMINDER".equals(escalation)) {
            v.escalated();
          }
          timeline.record(
              v.getEpisodeId(),
              "VISIT_" + escalation,
              switch (escalation) {
                case "READINESS_MANAGERS" ->
                    "visit "
                        + visitId
                        + " still not ready the day before ("
                        + v.getReadinessReason()
                        + "): managers notified";
                case "DOCUMENTATION_REMINDER" ->
                    "visit " + visitId + ": administration not documented after 24 hours";
                default ->
                    "visit "
                        + visitId
                        + ": administration not documented after 72 hours, managers notified";
              },
              "visit-" + escalation.toLowerCase(java.util.Locale.ROOT) + "-" + visitId);
        });
  }

  Visit load(long visitId) {
    return visits.findById(visitId).orElseThrow(() -> notFound(visitId));
  }

  static NoSuchElementException notFound(long visitId) {
    return new NoSuchElementException("no visit " + visitId);
  }
}
