package com.infusionbilling.episode;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.CoverageService;
import com.infusionbilling.intake.IntakeQueries;
import com.infusionbilling.process.ProcessMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The episode's own steps: resolving coverage, activating and closing the therapy, and the messages
 * the outside world sends the episode (therapy ended or changed).
 */
@Service
public class EpisodeService {
  public static final String ALTERNATE_PAYER = "ALTERNATE_PAYER";
  public static final String PATIENT_ASSISTANCE = "PATIENT_ASSISTANCE";
  public static final String CLOSE = "CLOSE";

  private final EpisodeRepository episodes;
  private final IntakeQueries intake;
  private final CoverageService coverages;
  private final TherapyOrderRepository orders;
  private final EpisodeTimeline timeline;
  private final ProcessMessages messages;
  private final EpisodeAuthorizations authorizations;

  /** The practice's zone: an alternate coverage without a date is effective from its today. */
  private final ZoneId zone;

  public EpisodeService(
      EpisodeRepository episodes,
      IntakeQueries intake,
      CoverageService coverages,
      TherapyOrderRepository orders,
      EpisodeTimeline timeline,
      ProcessMessages messages,
      EpisodeAuthorizations authorizations,
      BillingProperties billing) {
    this.zone = billing.zone();
    this.episodes = episodes;
    this.intake = intake;
    this.coverages = coverages;
    this.orders = orders;
    this.timeline = timeline;
    this.messages = messages;
    this.authorizations = authorizations;
  }

  /** An alternate payer found by the coordinator (PHI: the member ID stays in this table). */
  public record AlternateCoverage(
      String payerId, String memberId, String groupNumber, LocalDate effectiveFrom) {}

  /**
   * Applies the coordinator's resolution of unusable coverage, once per {@code requestKey} (the job
   * key): an alternate payer becomes the episode's coverage; patient assistance or closing is
   * recorded.
   *
   * @return the episode's payer afterwards
   */
  @Transactional
  public String applyCoverageResolution(
      long episodeId, String resolution, AlternateCoverage alternate, String requestKey) {
    Episode e = episodes.lockById(episodeId).orElseThrow(() -> notFound(episodeId));
    String dedup = "coverage-resolution-" + requestKey;
    boolean done = timeline.of(episodeId).stream().anyMatch(t -> dedup.equals(t.getDedupKey()));
    if (!done) {
      String detail = resolution;
      if (ALTERNATE_PAYER.equals(resolution)) {
        Coverage current = intake.coverage(e.getCoverageId()).orElseThrow();
        Coverage next =
            coverages.addMedicalCoverage(
                e.getPatientId(),
                alternate.payerId(),
                alternate.memberId(),
                alternate.groupNumber(),
                alternate.effectiveFrom() != null
                    ? alternate.effectiveFrom()
                    : LocalDate.now(zone));
        e.switchCoverage(next.getId());
        e.moveTo(EpisodeStatus.VERIFYING_BENEFITS);
        detail =
            "alternate payer "
                + alternate.payerId()
                + " (coverage "
                + next.getId()
                + " replaces "
                + current.getId()
                + ")";
      } else if (CLOSE.equals(resolution)) {
        detail = "coordinator closes the episode";
      } else if (PATIENT_ASSISTANCE.equals(resolution)) {
        // free drug: its visits bill the administration, never the drug line (the program, not
        // a payer, supplies it, so no payer authorization is needed for it)
        e.useDrugSource(Episode.PATIENT_ASSISTANCE);
        detail =
            "drug supplied through a patient assistance program (drug source PATIENT_ASSISTANCE)";
      }
      timeline.record(episodeId, "COVERAGE_RESOLVED", detail, dedup);
    }
    return intake.coverage(e.getCoverageId()).orElseThrow().getPayerId();
  }

  /**
   * Applies the coordinator's resolution of a site-of-care problem, once per {@code requestKey}
   * (the job key). The coverage decision found the drug covered under the medical benefit but not
   * billable as ordered: Medicare Part B does not pay a practice's buy-and-bill drug at the
   * patient's home (home infusion drugs go through the DME benefit and the home infusion therapy
   * benefit, Social Security Act §1861(s)(2)(A) and (iii); 42 CFR 486.505), or the payer's
   * site-of-care policy requires an exception for a hospital outpatient department.
   *
   * <ul>
   *   <li>{@code CHANGE_SITE}: the therapy order moves to {@code newSite}; benefits are verified
   *       again for it.
   *   <li>{@code EXCEPTION}: the prior authorization asks the payer for a site-of-care exception
   *       with {@code reason} (recorded on the episode's timeline, carried in the PA package).
   *   <li>{@code WHITE_BAG}: a specialty pharmacy dispenses the drug under the pharmacy benefit;
   *       the episode's drug source becomes WHITE_BAG, so its visits bill the administration only.
   *   <li>{@code CLOSE}: the episode closes.
   * </ul>
   *
   * @return the therapy order's site of care afterwards
   */
  @Transactional
  public SiteOfCare applySiteOfCareResolution(
      long episodeId, String resolution, SiteOfCare newSite, String reason, String requestKey) {
    Episode e = episodes.lockById(episodeId).orElseThrow(() -> notFound(episodeId));
    TherapyOrder order = orders.findByEpisodeId(episodeId).orElseThrow(() -> notFound(episodeId));
    String dedup = "site-of-care-resolution-" + requestKey;
    if (timeline.of(episodeId).stream().noneMatch(t -> dedup.equals(t.getDedupKey()))) {
      String detail;
      switch (resolution) {
        case TherapyEpisodeProcess.SITE_CHANGE_SITE -> {
          if (newSite == null) {
            throw new IllegalArgumentException("a site change names the new site of care");
          }
          detail = "site of care " + order.getSiteOfCare() + " -> " + newSite;
          order.moveTo(newSite);
          e.moveTo(EpisodeStatus.VERIFYING_BENEFITS);
        }
        case TherapyEpisodeProcess.SITE_EXCEPTION ->
            detail = "site-of-care exception requested in the prior authorization";
        case TherapyEpisodeProcess.SITE_WHITE_BAG -> {
          e.useDrugSource(Episode.WHITE_BAG);
          detail = "drug white-bagged by a specialty pharmacy (drug source WHITE_BAG)";
        }
        case TherapyEpisodeProcess.SITE_CLOSE -> detail = "coordinator closes the episode";
        default ->
            throw new IllegalArgumentException("unknown site-of-care resolution " + resolution);
      }
      timeline.record(episodeId, "SITE_OF_CARE_RESOLVED", detail, dedup);
    }
    return order.getSiteOfCare();
  }

  /**
   * A referral's episode and therapy order, stored in the caller's transaction (intake validated
   * them).
   */
  @Transactional
  public OpenedEpisode open(
      String referralId, long patientId, long prescriberId, long coverageId, NewTherapyOrder t) {
    Episode episode = episodes.save(new Episode(referralId, patientId, prescriberId, coverageId));
    TherapyOrder order = orders.save(new TherapyOrder(episode.getId(), t));
    return new OpenedEpisode(episode, order);
  }

  public record OpenedEpisode(Episode episode, TherapyOrder order) {}

  /**
   * The patient's secondary coverage (intake stored it), billed after the primary adjudicated a
   * claim; joins the caller's transaction.
   */
  @Transactional
  public void useSecondaryCoverage(long episodeId, long coverageId) {
    episodes
        .findById(episodeId)
        .orElseThrow(() -> notFound(episodeId))
        .useSecondaryCoverage(coverageId);
  }

  /** An initial prior authorization request is open for the episode. */
  @Transactional
  public void markAuthorizing(long episodeId) {
    episodes.findById(episodeId).ifPresent(e -> e.moveTo(EpisodeStatus.AUTHORIZING));
  }

  /**
   * Sets or clears the episode's "authorization lapsed" flag (no dose may be scheduled while set);
   * joins the caller's transaction.
   */
  @Transactional
  public void flagAuthorizationLapsed(long episodeId, boolean lapsed) {
    episodes.findById(episodeId).ifPresent(e -> e.flagAuthorizationLapsed(lapsed));
  }

  @Transactional
  public void markResolvingCoverage(long episodeId) {
    episodes
        .findById(episodeId)
        .ifPresent(
            e -> {
              if (e.getStatus() == EpisodeStatus.VERIFYING_BENEFITS) {
                e.moveTo(EpisodeStatus.RESOLVING_COVERAGE);
              }
            });
  }

  @Transactional
  public void activate(long episodeId) {
    Episode e = episodes.lockById(episodeId).orElseThrow(() -> notFound(episodeId));
    if (e.getStatus() != EpisodeStatus.CLOSED) {
      e.moveTo(EpisodeStatus.ACTIVE);
    }
    timeline.record(
        episodeId, "THERAPY_ACTIVE", "infusions may be scheduled", "active-" + episodeId);
  }

  @Transactional
  public void close(long episodeId, String reason) {
    Episode e = episodes.lockById(episodeId).orElseThrow(() -> notFound(episodeId));
    if (e.getStatus() != EpisodeStatus.CLOSED) {
      e.close(reason);
      authorizations.closeAll(episodeId);
    }
    timeline.record(episodeId, "EPISODE_CLOSED", "reason " + reason, "closed-" + episodeId);
  }

  /** Therapy completed or discontinued: the episode closes and its monitoring ends. */
  public void endTherapy(long episodeId, String reason) {
    requireEpisode(episodeId);
    messages.publish(
        TherapyEpisodeProcess.MESSAGE_THERAPY_ENDED,
        String.valueOf(episodeId),
        "therapy-ended-" + episodeId,
        Map.of(TherapyEpisodeProcess.VAR_END_REASON, reason));
  }

  /** The dose, frequency or number of doses changed: the order is updated and a renewal starts. */
  @Transactional
  public void changeTherapy(
      long episodeId, String changeId, BigDecimal doseAmount, int intervalDays, int doses) {
    TherapyOrder order = orders.findByEpisodeId(episodeId).orElseThrow(() -> notFound(episodeId));
    String dedup = "therapy-changed-" + episodeId + "-" + changeId;
    if (timeline.of(episodeId).stream().noneMatch(t -> dedup.equals(t.getDedupKey()))) {
      order.change(doseAmount, intervalDays, doses);
      timeline.record(
          episodeId,
          "THERAPY_CHANGED",
          "dose " + doseAmount.toPlainString() + ", every " + intervalDays + " days, " + doses,
          dedup);
    }
    messages.publish(
        TherapyEpisodeProcess.MESSAGE_THERAPY_CHANGED, String.valueOf(episodeId), dedup, Map.of());
  }

  /** A 404 (NoSuchElementException) for an episode that does not exist. */
  void requireEpisode(long episodeId) {
    if (!episodes.existsById(episodeId)) {
      throw notFound(episodeId);
    }
  }

  private static NoSuchElementException notFound(long episodeId) {
    return new NoSuchElementException("no episode " + episodeId);
  }
}
