package com.infusionbilling.denial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DenialRepository extends JpaRepository<Denial, Long> {
  Optional<Denial> findByRemittanceClaimIdAndLineKeyAndGroupCodeAndCarc(
      long remittanceClaimId, long lineKey, String groupCode, String carc);

  List<Denial> findByClaimIdOrderByIdAsc(long claimId);

  List<Denial> findByEpisodeIdOrderByIdAsc(long episodeId);

  /**
   * Records the denial's process instance once, without a save of the entity (whose row version a
   * worker may be updating meanwhile); returns 0 when it was recorded before.
   */
  @Modifying
  @Query(
      value =
          "UPDATE denial SET process_instance_key = :key"
              + " WHERE id = :id AND process_instance_key IS NULL",
      nativeQuery = true)
  int recordInstance(@Param("id") long id, @Param("key") long key);
}
