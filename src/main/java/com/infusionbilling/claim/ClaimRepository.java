package com.infusionbilling.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {
  Optional<Claim> findByVisitIdAndClaimVersion(long visitId, int claimVersion);

  Optional<Claim> findByPatientControlNumber(String patientControlNumber);

  List<Claim> findByEpisodeIdOrderByIdAsc(long episodeId);

  List<Claim> findByVisitIdOrderByClaimVersionAsc(long visitId);

  long countByStatus(ClaimStatus status);

  List<Claim> findByStatus(ClaimStatus status, org.springframework.data.domain.Pageable page);
}
