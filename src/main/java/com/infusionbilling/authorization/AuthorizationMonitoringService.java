package com.infusionbilling.authorization;

import com.infusionbilling.LifecycleProperties;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.episode.TherapyEpisodeProcess;
import com.infusionbilling.process.ProcessMessages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Authorization monitoring: starts one {@code AuthorizationMonitoring} instance per approved
 * authorization, plans its renewal (end date minus the payer's renewal lead time), watches units
 * against the doses still scheduled, and flags a lapse.
 */
@Service
public class AuthorizationMonitoringService {
  private final PayerAuthorizationRepository authorizations;
  private final EpisodeService episodes;
  private final EpisodeDossiers contexts;
  private final PriorAuthorizationService priorAuthorizations;
  private final EpisodeTimeline timeline;
  private final ProcessMessages messages;
  private final LifecycleProperties properties;
  private final ZoneId zone;
  private final TransactionTemplate tx;

  public AuthorizationMonitoringService(
      PayerAuthorizationRepository authorizations,
      EpisodeService episodes,
      EpisodeDossiers contexts,
      PriorAuthorizationService priorAuthorizations,
      EpisodeTimeline timeline,
      ProcessMessages messages,
      LifecycleProperties properties,
      BillingProperties billing,
      PlatformTransactionManager transactions) {
    this.authorizations = authorizations;
    this.episodes = episodes;
    this.contexts = contexts;
    this.priorAuthorizations = priorAuthorizations;
    this.timeline = timeline;
    this.messages = messages;
    this.properties = properties;
    this.zone = billing.zone();
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Starts monitoring an approved authorization by publishing its start message; the message ID
   * makes a second call a no-op, and the engine never runs two instances for one authorization.
   * Authorizations that are not APPROVED (e.g. NOT_REQUIRED) need no monitoring.
   */
  public boolean startMonitoring(long authorizationId) {
    PayerAuthorization auth = authorizations.findById(authorizationId).orElseThrow();
    if (auth.getStatus() != AuthorizationStatus.APPROVED) {
      return false;
    }
    EpisodeDossier ctx = contexts.load(auth.getEpisodeId());
    Map<String, Object> vars = new HashMap<>();
    vars.put(PriorAuthorizationProcess.VAR_AUTHORIZATION_ID, authorizationId);
    vars.put(TherapyEpisodeProcess.VAR_EPISODE_ID, auth.getEpisodeId());
    vars.put(TherapyEpisodeProcess.VAR_PAYER_ID, ctx.payer().payerId());
    vars.put(TherapyEpisodeProcess.VAR_HCPCS, ctx.order().getHcpcs());
    vars.put(TherapyEpisodeProcess.VAR_SITE_OF_CARE, ctx.order().getSiteOfCare().name());
    vars.put(TherapyEpisodeProcess.VAR_PRIMARY_DIAGNOSIS, ctx.order().principalDiagnosis());
    messages.publish(
        AuthorizationMonitoringProcess.MESSAGE_AUTHORIZATION_APPROVED,
        String.valueOf(authorizationId),
        "monitor-" + authorizationId,
        vars);
    timeline.record(
        auth.getEpisodeId(),
        "AUTHORIZATION_MONITORING_STARTED",
        "authorization " + authorizationId + " valid to " + auth.getValidTo(),
        "monitor-" + authorizationId);
    return true;
  }

  public record RenewalPlan(Instant renewalDueAt, Instant authorizationEndsAt, int leadTimeDays) {}

  /**
   * The renewal starts at the beginning of (end date - the payer's renewal lead time) and the
   * authorization ends after its last valid day, both in the sites' zone ({@code billing.zone}).
   */
  public RenewalPlan planRenewal(long authorizationId) {
    PayerAuthorization auth = authorizations.findById(authorizationId).orElseThrow();
    EpisodeDossier ctx = contexts.load(auth.getEpisodeId());
    int lead = ctx.payer().renewalLeadTimeDays();
    if (lead <= 0) {
      lead = properties.defaultRenewalLeadTimeDays();
    }
    return plan(auth.getValidTo(), lead, zone);
  }

  static RenewalPlan plan(LocalDate validTo, int leadTimeDays, ZoneId zone) {
    Instant due = validTo.minusDays(leadTimeDays).atStartOfDay(zone).toInstant();
    Instant ends = validTo.plusDays(1).atStartOfDay(zone).toInstant();
    return new RenewalPlan(due, ends, leadTimeDays);
  }

  /**
   * Records units (or a visit) used by a dose, once per {@code usageId}, and publishes "units low"
   * when what remains no longer covers the doses still scheduled before the end date.
   *
   * @return true when units are low
   */
  public boolean recordUsage(
      long authorizationId, String usageId, BigDecimal quantity, int dosesScheduledBeforeEnd) {
    Boolean low =
        tx.execute(
            s -> {
              PayerAuthorization auth = authorizations.findById(authorizationId).orElseThrow();
              String key = "usage-" + authorizationId + "-" + usageId;
              if (!usageRecorded(auth.getEpisodeId(), key)) {
                auth.use(quantity);
                timeline.record(
                    auth.getEpisodeId(),
                    "AUTHORIZATION_USED",
                    "authorization "
                        + authorizationId
                        + ": "
                        + quantity.toPlainString()
                        + " used, "
                        + auth.remainingQuantity().toPlainString()
                        + " remaining",
                    key);
              }
              BigDecimal perDose =
                  auth.getBasis() == com.infusionbilling.billing.reference.AuthorizationBasis.VISITS
                      ? BigDecimal.ONE
                      : priorAuthorizations.unitsPerDose(contexts.load(auth.getEpisodeId()));
              return unitsLow(auth.remainingQuantity(), perDose, dosesScheduledBeforeEnd);
            });
    if (Boolean.TRUE.equals(low)) {
      messages.publish(
          AuthorizationMonitoringProcess.MESSAGE_UNITS_LOW,
          String.valueOf(authorizationId),
          "units-low-" + authorizationId,
          Map.of());
    }
    return Boolean.TRUE.equals(low);
  }

  private boolean usageRecorded(long episodeId, String key) {
    return timeline.of(episodeId).stream().anyMatch(e -> key.equals(e.getDedupKey()));
  }

  static boolean unitsLow(BigDecimal remaining, BigDecimal perDose, int dosesScheduled) {
    return remaining != null
        && remaining.compareTo(perDose.multiply(BigDecimal.valueOf(dosesScheduled))) < 0;
  }

  /** The authorization ended with therapy active and no renewal: no dose may be scheduled. */
  public void flagLapsed(long authorizationId) {
    tx.executeWithoutResult(
        s -> {
          PayerAuthorization auth = authorizations.findById(authorizationId).orElseThrow();
          if (auth.getStatus() == AuthorizationStatus.APPROVED) {
            auth.moveTo(AuthorizationStatus.LAPSED);
          }
          if (auth.getStatus() == AuthorizationStatus.LAPSED) {
            episodes.flagAuthorizationLapsed(auth.getEpisodeId(), true);
          }
          timeline.record(
              auth.getEpisodeId(),
              "AUTHORIZATION_LAPSED",
              "authorization " + authorizationId + " ended " + auth.getValidTo() + " unrenewed",
              "lapsed-" + authorizationId);
        });
  }
}
