package com.infusionbilling.episode;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes what happened to an episode, once per {@code dedupKey} (workers may run twice). */
@Service
public class EpisodeTimeline {
  private final TimelineEntryRepository entries;

  public EpisodeTimeline(TimelineEntryRepository entries) {
    this.entries = entries;
  }

  /** Records the event unless an entry with the same key exists. Joins the caller's transaction. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(long episodeId, String eventType, String detail, String dedupKey) {
    if (!entries.existsByDedupKey(dedupKey)) {
      entries.save(new TimelineEntry(episodeId, eventType, truncate(detail), dedupKey));
    }
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> of(long episodeId) {
    return entries.findByEpisodeIdOrderByOccurredAtAscIdAsc(episodeId);
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 300 ? s : s.substring(0, 300);
  }
}
