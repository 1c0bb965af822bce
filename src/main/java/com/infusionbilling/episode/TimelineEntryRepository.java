package com.infusionbilling.episode;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {
  boolean existsByDedupKey(String dedupKey);

  List<TimelineEntry> findByEpisodeIdOrderByOccurredAtAscIdAsc(Long episodeId);
}
