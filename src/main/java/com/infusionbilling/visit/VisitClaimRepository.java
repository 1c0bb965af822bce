package com.infusionbilling.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitClaimRepository extends JpaRepository<VisitClaim, Long> {
  List<VisitClaim> findByVisitIdOrderByIdAsc(Long visitId);

  boolean existsByVisitIdAndClaimIdAndClaimVersion(Long visitId, Long claimId, int claimVersion);
}
