package com.infusionbilling.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimLineRepository extends JpaRepository<ClaimLine, Long> {
  List<ClaimLine> findByClaimIdOrderByLineNumberAsc(long claimId);
}
