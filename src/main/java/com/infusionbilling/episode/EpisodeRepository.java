package com.infusionbilling.episode;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EpisodeRepository extends JpaRepository<Episode, Long> {
  Optional<Episode> findByReferralId(String referralId);

  Optional<Episode> findByProcessInstanceKey(Long processInstanceKey);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from Episode e where e.id = :id")
  Optional<Episode> lockById(Long id);

  /**
   * Records the episode's process instance once, without a save of the entity (a worker saving a
   * copy it loaded earlier would otherwise write it back as null); returns 0 when it was recorded
   * before.
   */
  @Modifying
  @Query(
      value =
          "UPDATE episode SET process_instance_key = :key"
              + " WHERE id = :id AND process_instance_key IS NULL",
      nativeQuery = true)
  int recordInstance(@Param("id") long id, @Param("key") long key);
}
