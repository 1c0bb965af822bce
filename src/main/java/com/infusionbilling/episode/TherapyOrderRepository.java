package com.infusionbilling.episode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TherapyOrderRepository extends JpaRepository<TherapyOrder, Long> {
  Optional<TherapyOrder> findByEpisodeId(Long episodeId);

  List<TherapyOrder> findByEpisodeIdIn(Collection<Long> episodeIds);
}
