package com.infusionbilling.worklist;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.episode.EpisodeQueries;
import com.infusionbilling.intake.IntakeQueries;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a worklist row says about its episode, so that two tasks of the same kind can be told apart
 * (patient, drug, payer), and the payer filter's text resolved to payer IDs (a name or an ID, in
 * part, any case). The patients shown are audited as viewed.
 */
@Component
public class TaskRows {
  /** The episode a task belongs to, as a row shows it. PHI (the patient's name) inside. */
  public record EpisodeLabel(long episodeId, String patient, String drug, String payer) {
    @Override
    public String toString() {
      return "EpisodeLabel[episode=" + episodeId + ", PHI redacted]";
    }
  }

  private final CamundaClient camunda;
  private final EpisodeQueries episodes;
  private final IntakeQueries intake;
  private final ReferenceDataService reference;
  private final AuditLog audit;

  public TaskRows(
      CamundaClient camunda,
      EpisodeQueries episodes,
      IntakeQueries intake,
      ReferenceDataService reference,
      AuditLog audit) {
    this.camunda = camunda;
    this.episodes = episodes;
    this.intake = intake;
    this.reference = reference;
    this.audit = audit;
  }

  /**
   * The payer IDs a filter text means: an ID, or every payer whose ID or name contains the text
   * (case-insensitive). Empty when no payer matches; null when there is no filter.
   */
  public List<String> payerIds(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    Set<String> ids = new LinkedHashSet<>();
    for (Payer p : reference.current().payers()) {
      if (p.payerId().equalsIgnoreCase(t)) {
        return List.of(p.payerId());
      }
      if (p.payerId().toLowerCase(Locale.ROOT).contains(t)
          || (p.name() != null && p.name().toLowerCase(Locale.ROOT).contains(t))) {
        ids.add(p.payerId());
      }
    }
    return new ArrayList<>(ids);
  }

  /** The episode of each task of the page (by user task key); tasks without one are left out. */
  public Map<Long, EpisodeLabel> labels(List<UserTask> tasks) {
    Map<Long, Long> episodeOfInstance = episodesOf(tasks);
    // a handful of queries for the whole page, whatever its size
    var episodeRows = episodes.episodes(new LinkedHashSet<>(episodeOfInstance.values()));
    var orders = episodes.orders(episodeRows.keySet());
    var patients =
        intake.patients(episodeRows.values().stream().map(e -> e.getPatientId()).toList());
    var coverages =
        intake.coverages(episodeRows.values().stream().map(e -> e.getCoverageId()).toList());
    Map<Long, EpisodeLabel> byEpisode = new HashMap<>();
    for (var e : episodeRows.values()) {
      var patient = patients.get(e.getPatientId());
      var coverage = coverages.get(e.getCoverageId());
      var order = orders.get(e.getId());
      if (patient == null || coverage == null || order == null) {
        continue;
      }
      byEpisode.put(
          e.getId(),
          new EpisodeLabel(
              e.getId(),
              patient.getFirstName() + " " + patient.getLastName(),
              drug(order.getHcpcs()),
              reference
                  .current()
                  .payer(coverage.getPayerId())
                  .map(Payer::name)
                  .orElse(coverage.getPayerId())));
    }
    Map<Long, EpisodeLabel> byTask = new HashMap<>();
    Set<Long> shownPatients = new LinkedHashSet<>();
    for (UserTask t : tasks) {
      // a process variable naming no stored episode (tests, demos) gets no label
      EpisodeLabel label = byEpisode.get(episodeOfInstance.get(t.getProcessInstanceKey()));
      if (label != null) {
        byTask.put(t.getUserTaskKey(), label);
        shownPatients.add(episodeRows.get(label.episodeId()).getPatientId());
      }
    }
    shownPatients.forEach(id -> audit.record(Action.VIEW, EntityType.PATIENT, id, "worklist row"));
    return byTask;
  }

  private String drug(String hcpcs) {
    return reference.current().drug(hcpcs).map(d -> hcpcs + " " + d.description()).orElse(hcpcs);
  }

  /** The {@code episodeId} variable of each task's process instance, in one search. */
  private Map<Long, Long> episodesOf(List<UserTask> tasks) {
    List<Long> instances = tasks.stream().map(UserTask::getProcessInstanceKey).distinct().toList();
    Map<Long, Long> out = new HashMap<>();
    if (instances.isEmpty()) {
      return out;
    }
    var items =
        camunda
            .newVariableSearchRequest()
            .filter(f -> f.name("episodeId").processInstanceKey(k -> k.in(instances)))
            .page(p -> p.limit(Math.max(100, instances.size() * 4)))
            .send()
            .join()
            .items();
    for (var v : items) {
      try {
        long episodeId = Long.parseLong(v.getValue().strip());
        // the instance's own variable wins over one in a sub-process scope
        if (v.getProcessInstanceKey().equals(v.getScopeKey())
            || !out.containsKey(v.getProcessInstanceKey())) {
          out.put(v.getProcessInstanceKey(), episodeId);
        }
      } catch (NumberFormatException e) {
        // not an episode id
      }
    }
    return out;
  }
}
