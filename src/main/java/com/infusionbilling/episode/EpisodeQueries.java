package com.infusionbilling.episode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model other packages (worklist, dashboard, intake) use for the episode's tables:
 * episode, therapy_order and episode_timeline.
 */
@Service
@Transactional(readOnly = true)
public class EpisodeQueries {
  private final EpisodeRepository episodes;
  private final TherapyOrderRepository orders;
  private final TimelineEntryRepository timeline;

  public EpisodeQueries(
      EpisodeRepository episodes, TherapyOrderRepository orders, TimelineEntryRepository timeline) {
    this.episodes = episodes;
    this.orders = orders;
    this.timeline = timeline;
  }

  public Optional<Episode> episode(long episodeId) {
    return episodes.findById(episodeId);
  }

  /** These episodes, by ID (IDs of no episode are left out): one query for a page of rows. */
  public Map<Long, Episode> episodes(Collection<Long> episodeIds) {
    if (episodeIds.isEmpty()) {
      return Map.of();
    }
    return episodes.findAllById(episodeIds).stream()
        .collect(Collectors.toMap(Episode::getId, Function.identity()));
  }

  public Optional<Episode> byReferralId(String referralId) {
    return episodes.findByReferralId(referralId);
  }

  /** The episode a {@code TherapyEpisode} process instance runs for. */
  public Optional<Long> episodeOfInstance(long processInstanceKey) {
    return episodes.findByProcessInstanceKey(processInstanceKey).map(Episode::getId);
  }

  public Optional<TherapyOrder> order(long episodeId) {
    return orders.findByEpisodeId(episodeId);
  }

  /** The therapy orders of these episodes, by episode ID (episodes without one are left out). */
  public Map<Long, TherapyOrder> orders(Collection<Long> episodeIds) {
    if (episodeIds.isEmpty()) {
      return Map.of();
    }
    return orders.findByEpisodeIdIn(episodeIds).stream()
        .collect(Collectors.toMap(TherapyOrder::getEpisodeId, Function.identity(), (a, b) -> a));
  }

  /** The episode's first {@code limit} timeline entries, oldest first. */
  public List<TimelineEntry> timeline(long episodeId, int limit) {
    List<TimelineEntry> all = timeline.findByEpisodeIdOrderByOccurredAtAscIdAsc(episodeId);
    return all.size() <= limit ? all : all.subList(0, limit);
  }
}
