package com.infusionbilling.episode;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EpisodeRepository extends JpaRepository<Episode, Long> {
  Optional<Episode> findByReferralId(String referralId);

  Optional<Episode> findByProcessInstanceKey(Long processInstanceKey);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Episode e where e.id = :id")
  Optional<Episode> lockById(Long id);
}
