package com.infusionbilling.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClaimRepository extends JpaRepository<Claim, Long> {
  Optional<Claim> findByVisitIdAndClaimVersion(long visitId, int claimVersion);

  Optional<Claim> findByPatientControlNumber(String patientControlNumber);

  List<Claim> findByEpisodeIdOrderByIdAsc(long episodeId);

  List<Claim> findByVisitIdOrderByClaimVersionAsc(long visitId);

  long countByStatus(ClaimStatus status);

  List<Claim> findByStatus(ClaimStatus status, org.springframework.data.domain.Pageable page);

  /**
   * Records the claim version's process instance once, without a save of the entity (whose row
   * version a worker may be updating meanwhile); returns 0 when it was recorded before.
   */
  @Modifying
  @Query(
      value =
          "UPDATE claim SET process_instance_key = :key"
              + " WHERE id = :id AND process_instance_key IS NULL",
      nativeQuery = true)
  int recordInstance(@Param("id") long id, @Param("key") long key);
}
