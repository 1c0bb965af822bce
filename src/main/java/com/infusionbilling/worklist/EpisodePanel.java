package com.infusionbilling.worklist;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.PayerAuthorization;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.episode.Episode;
import com.infusionbilling.episode.EpisodeQueries;
import com.infusionbilling.episode.TherapyOrder;
import com.infusionbilling.episode.TimelineEntry;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.IntakeQueries;
import com.infusionbilling.intake.Patient;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The episode panel beside a task's form: what a coordinator needs (patient, coverage, therapy
 * order, authorization, timeline) for the task's {@code episodeId} variable, read through the
 * owners' query APIs. Every read of a patient or authorization is written to the audit log.
 */
@Service
public class EpisodePanel {
  static final int TIMELINE_LIMIT = 200;

  private final EpisodeQueries episodes;
  private final IntakeQueries intake;
  private final AuthorizationQueries authorizations;
  private final ReferenceDataService reference;
  private final AuditLog audit;

  public EpisodePanel(
      EpisodeQueries episodes,
      IntakeQueries intake,
      AuthorizationQueries authorizations,
      ReferenceDataService reference,
      AuditLog audit) {
    this.episodes = episodes;
    this.intake = intake;
    this.authorizations = authorizations;
    this.reference = reference;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> forEpisode(long episodeId) {
    Optional<Episode> found = episodes.episode(episodeId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Episode e = found.get();
    Optional<Patient> patient = intake.patient(e.getPatientId());
    Optional<Coverage> coverage = intake.coverage(e.getCoverageId());
    if (patient.isEmpty() || coverage.isEmpty()) {
      return Optional.empty();
    }
    ReferenceSnapshot catalogue = reference.current();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("episodeId", e.getId());
    out.put("episodeStatus", e.getStatus().name());
    out.put("patientId", e.getPatientId());
    Patient p = patient.get();
    out.put(
        "patient",
        Map.of(
            "mrn", p.getMrn(),
            "name", p.getFirstName() + " " + p.getLastName(),
            "dateOfBirth", String.valueOf(p.getDateOfBirth())));
    Coverage c = coverage.get();
    Map<String, Object> cov = new LinkedHashMap<>();
    cov.put("payer", catalogue.payer(c.getPayerId()).map(Payer::name).orElse(c.getPayerId()));
    cov.put("payerId", c.getPayerId());
    cov.put("memberId", c.getMemberId());
    cov.put("plan", c.getPlanName());
    cov.put("benefit", name(c.getBenefitType()));
    out.put("coverage", cov);
    episodes.order(episodeId).ifPresent(o -> out.put("order", order(o, catalogue)));
    out.put("authorization", authorization(episodeId));
    out.put("timeline", timeline(episodeId));
    audit.record(Action.VIEW, EntityType.PATIENT, e.getPatientId(), "episode " + episodeId);
    return Optional.of(out);
  }

  private static Map<String, Object> order(TherapyOrder o, ReferenceSnapshot catalogue) {
    Map<String, Object> order = new LinkedHashMap<>();
    String description = catalogue.drug(o.getHcpcs()).map(Drug::description).orElse(null);
    order.put("drug", o.getHcpcs() + (description == null ? "" : " · " + description));
    String basis = name(o.getDoseBasis());
    order.put(
        "dose",
        plain(o.getDoseAmount())
            + " "
            + o.getDoseUnit()
            + ("FIXED".equals(basis) ? "" : " (" + basis + ")"));
    order.put("frequency", o.getFrequency() + " · " + o.getNumberOfDoses() + " doses");
    order.put("siteOfCare", name(o.getSiteOfCare()));
    order.put("diagnoses", o.getDiagnosisCodes());
    return order;
  }

  private Map<String, Object> authorization(long episodeId) {
    Optional<PayerAuthorization> latest = authorizations.latestOf(episodeId);
    if (latest.isEmpty()) {
      return null;
    }
    PayerAuthorization auth = latest.get();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", auth.getId());
    a.put("number", auth.getAuthorizationNumber());
    a.put("status", name(auth.getStatus()));
    BigDecimal approved = auth.getApprovedQuantity();
    BigDecimal used = auth.getUsedQuantity();
    a.put("basis", name(auth.getBasis()));
    a.put("unitsApproved", approved == null ? null : plain(approved));
    a.put("unitsUsed", used == null ? null : plain(used));
    a.put(
        "unitsRemaining",
        approved == null ? null : plain(approved.subtract(used == null ? BigDecimal.ZERO : used)));
    a.put("startDate", auth.getValidFrom() == null ? null : auth.getValidFrom().toString());
    a.put("endDate", auth.getValidTo() == null ? null : auth.getValidTo().toString());
    audit.record(Action.VIEW, EntityType.AUTHORIZATION, auth.getId(), null);
    return a;
  }

  List<Map<String, Object>> timeline(long episodeId) {
    return episodes.timeline(episodeId, TIMELINE_LIMIT).stream()
        .map(EpisodePanel::timelineEvent)
        .toList();
  }

  private static Map<String, Object> timelineEvent(TimelineEntry t) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("at", t.getOccurredAt());
    e.put("type", t.getEventType());
    String detail = t.getDetail();
    e.put(
        "text",
        t.getEventType().replace('_', ' ').toLowerCase() + (detail == null ? "" : ": " + detail));
    return e;
  }

  /** The episode of a process instance (the TherapyEpisode instance), if any. */
  public Optional<Long> episodeOfInstance(long processInstanceKey) {
    return episodes.episodeOfInstance(processInstanceKey);
  }

  /**
   * The episode page's title: episode number, patient and drug (a PHI view, audited), for example
   * "Episode 12 · Jane Doe · J1745 infliximab".
   */
  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> titleOf(long episodeId) {
    Optional<Episode> found = episodes.episode(episodeId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Episode e = found.get();
    Map<String, Object> title = new LinkedHashMap<>();
    title.put("episodeId", e.getId());
    intake
        .patient(e.getPatientId())
        .ifPresent(p -> title.put("patient", p.getFirstName() + " " + p.getLastName()));
    ReferenceSnapshot catalogue = reference.current();
    episodes
        .order(episodeId)
        .ifPresent(
            o ->
                title.put(
                    "drug",
                    o.getHcpcs()
                        + catalogue.drug(o.getHcpcs()).map(d -> " " + d.description()).orElse("")));
    audit.record(Action.VIEW, EntityType.PATIENT, e.getPatientId(), "episode " + episodeId);
    return Optional.of(title);
  }

  public List<Map<String, Object>> timelineOf(long episodeId) {
    audit.record(Action.VIEW, EntityType.EPISODE, episodeId, "timeline");
    return timeline(episodeId);
  }

  private static String plain(BigDecimal b) {
    return b == null ? "" : b.stripTrailingZeros().toPlainString();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
