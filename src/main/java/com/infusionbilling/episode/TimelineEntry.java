package com.infusionbilling.episode;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to an episode (table {@code episode_timeline}). {@code detail} holds IDs,
 * codes and amounts only, never names or member IDs. {@code dedupKey} makes every write idempotent.
 */
@Entity
@Table(name = "episode_timeline")
public class TimelineEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long episodeId;
  private Instant occurredAt;
  private String eventType;
  private String detail;
  private String dedupKey;

  protected TimelineEntry() {}

  public TimelineEntry(Long episodeId, String eventType, String detail, String dedupKey) {
    this.episodeId = episodeId;
    this.eventType = eventType;
    this.detail = detail;
    this.dedupKey = dedupKey;
    this.occurredAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getEventType() {
    return eventType;
  }

  public String getDetail() {
    return detail;
  }

  public String getDedupKey() {
    return dedupKey;
  }
}
