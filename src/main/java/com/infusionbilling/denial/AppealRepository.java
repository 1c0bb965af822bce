package com.infusionbilling.denial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {
  Optional<Appeal> findBySubjectKeyAndLevel(String subjectKey, int level);

  List<Appeal> findByDenialIdOrderByLevelAsc(long denialId);

  List<Appeal> findByEpisodeIdOrderByIdAsc(long episodeId);
}
