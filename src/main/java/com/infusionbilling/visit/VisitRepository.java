package com.infusionbilling.visit;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long> {
  Optional<Visit> findByEpisodeIdAndScheduledStart(Long episodeId, LocalDateTime scheduledStart);

  List<Visit> findByEpisodeIdOrderByScheduledStartAsc(Long episodeId);

  List<Visit> findTop50ByProcessRequestedAtIsNullAndCreatedAtBeforeOrderByIdAsc(Instant before);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select v from Visit v where v.id = :id")
  Optional<Visit> lockById(Long id);
}
