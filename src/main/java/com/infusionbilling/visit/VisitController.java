package com.infusionbilling.visit;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.security.CurrentUser;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visits: {@code POST /api/episodes/{episodeId}/visits} schedules a dose (intake or authorization
 * coordinators and managers: {@code security.AccessRules}), {@code GET /api/visits/{visitId}} shows
 * its status and claims to the teams that work on visits and claims. Both are audited.
 */
@RestController
public class VisitController {
  /** Who may see a visit: the teams that work on visits and claims, and managers. */
  static final String MAY_VIEW =
      "hasAnyAuthority('GROUP_intake', 'GROUP_authorization', 'GROUP_clinical', 'GROUP_coding',"
          + " 'GROUP_billing', 'GROUP_ar', 'GROUP_appeals', 'ROLE_MANAGER', 'ROLE_ADMIN')";

  private final VisitService visits;
  private final AuditLog audit;

  public VisitController(VisitService visits, AuditLog audit) {
    this.visits = visits;
    this.audit = audit;
  }

  /** The request body; every field is required (400 naming the field otherwise). */
  public record VisitRequest(
      LocalDateTime scheduledStart, SiteOfCare siteOfCare, DrugSource drugSource) {}

  /** Intake or authorization coordinators and managers (security.AccessRules). */
  @PostMapping("/api/episodes/{episodeId}/visits")
  public ResponseEntity<Map<String, Object>> schedule(
      @PathVariable long episodeId, @RequestBody VisitRequest body) {
    if (body == null) {
      throw new com.infusionbilling.web.InvalidInputException("body", "a request body is required");
    }
    String user = CurrentUser.get().username();
    var scheduled =
        visits.schedule(
            episodeId,
            new VisitService.ScheduleRequest(
                body.scheduledStart(), body.siteOfCare(), body.drugSource()),
            user);
    audit.record(
        scheduled.created() ? Action.CREATE : Action.VIEW,
        EntityType.VISIT,
        scheduled.visitId(),
        "episode " + episodeId + ", " + body.scheduledStart());
    Map<String, Object> out = Map.of("visitId", String.valueOf(scheduled.visitId()));
    return scheduled.created()
        ? ResponseEntity.created(URI.create("/api/visits/" + scheduled.visitId())).body(out)
        : ResponseEntity.ok(out);
  }

  @GetMapping("/api/visits/{visitId}")
  @PreAuthorize(MAY_VIEW)
  public VisitService.VisitView view(@PathVariable long visitId) {
    var view = visits.view(visitId);
    audit.record(Action.VIEW, EntityType.VISIT, visitId, "episode " + view.episodeId());
    return view;
  }

  @GetMapping("/api/episodes/{episodeId}/visits")
  @PreAuthorize(MAY_VIEW)
  public List<VisitService.VisitView> ofEpisode(@PathVariable long episodeId) {
    audit.record(Action.VIEW, EntityType.EPISODE, episodeId, "visits");
    return visits.ofEpisode(episodeId);
  }
}
