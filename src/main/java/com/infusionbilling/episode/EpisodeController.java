package com.infusionbilling.episode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What happens to an episode from outside: therapy ended or changed, a visit requested. */
@RestController
@RequestMapping("/api/episodes")
public class EpisodeController {
  private final EpisodeService episodes;
  private final EpisodeTimeline timeline;

  public EpisodeController(EpisodeService episodes, EpisodeTimeline timeline) {
    this.episodes = episodes;
    this.timeline = timeline;
  }

  public record TherapyEnd(@NotNull @Pattern(regexp = "COMPLETED|DISCONTINUED") String reason) {}

  public record TherapyChange(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String changeId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000")
          BigDecimal doseAmount,
      @NotNull @Min(1) @Max(365) Integer intervalDays,
      @NotNull @Min(1) @Max(100) Integer numberOfDoses) {}

  public record VisitRequest(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String visitId,
      @NotNull LocalDate visitDate) {}

  public record TimelineItem(String occurredAt, String eventType, String detail) {}

  @PostMapping("/{episodeId}/end")
  public ResponseEntity<Void> end(
      @PathVariable long episodeId, @Valid @RequestBody TherapyEnd body) {
    episodes.endTherapy(episodeId, body.reason());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/{episodeId}/therapy-changes")
  public ResponseEntity<Void> change(
      @PathVariable long episodeId, @Valid @RequestBody TherapyChange body) {
    episodes.changeTherapy(
        episodeId, body.changeId(), body.doseAmount(), body.intervalDays(), body.numberOfDoses());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/{episodeId}/visit-requests")
  public ResponseEntity<Void> visit(
      @PathVariable long episodeId, @Valid @RequestBody VisitRequest body) {
    episodes.requestVisit(episodeId, body.visitId(), body.visitDate());
    return ResponseEntity.accepted().build();
  }

  @GetMapping("/{episodeId}/timeline")
  public List<TimelineItem> timeline(@PathVariable long episodeId) {
    return timeline.of(episodeId).stream()
        .map(t -> new TimelineItem(t.getOccurredAt().toString(), t.getEventType(), t.getDetail()))
        .toList();
  }
}
