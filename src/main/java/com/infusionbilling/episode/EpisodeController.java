package com.infusionbilling.episode;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happens to an episode from outside: therapy ended or changed (each needs the intake or
 * authorization group or a manager; security.AccessRules), and its timeline. Every change and view
 * is written to the audit log.
 */
@RestController
@RequestMapping("/api/episodes")
public class EpisodeController {
  private final EpisodeService episodes;
  private final EpisodeTimeline timeline;
  private final AuditLog audit;

  public EpisodeController(EpisodeService episodes, EpisodeTimeline timeline, AuditLog audit) {
    this.episodes = episodes;
    this.timeline = timeline;
    this.audit = audit;
  }

  public record TherapyEnd(@NotNull @Pattern(regexp = "COMPLETED|DISCONTINUED") String reason) {}

  public record TherapyChange(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String changeId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000")
          BigDecimal doseAmount,
      @NotNull @Min(1) @Max(365) Integer intervalDays,
      @NotNull @Min(1) @Max(100) Integer numberOfDoses) {}

  public record TimelineItem(String occurredAt, String eventType, String detail) {}

  @PostMapping("/{episodeId}/end")
  public ResponseEntity<Void> end(
      @PathVariable long episodeId, @Valid @RequestBody TherapyEnd body) {
    episodes.endTherapy(episodeId, body.reason());
    audit.record(Action.UPDATE, EntityType.EPISODE, episodeId, "therapy ended " + body.reason());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/{episodeId}/therapy-changes")
  public ResponseEntity<Void> change(
      @PathVariable long episodeId, @Valid @RequestBody TherapyChange body) {
    episodes.changeTherapy(
        episodeId, body.changeId(), body.doseAmount(), body.intervalDays(), body.numberOfDoses());
    audit.record(Action.UPDATE, EntityType.EPISODE, episodeId, "therapy change " + body.changeId());
    return ResponseEntity.accepted().build();
  }

  @GetMapping("/{episodeId}/timeline")
  public List<TimelineItem> timeline(@PathVariable long episodeId) {
    episodes.requireEpisode(episodeId);
    audit.record(Action.VIEW, EntityType.EPISODE, episodeId, "timeline");
    return timeline.of(episodeId).stream()
        .map(t -> new TimelineItem(t.getOccurredAt().toString(), t.getEventType(), t.getDetail()))
        .toList();
  }
}
