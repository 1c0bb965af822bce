package com.infusionbilling.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimHistoryRepository extends JpaRepository<ClaimHistoryEntry, Long> {
  boolean existsByDedupKey(String dedupKey);

  java.util.Optional<ClaimHistoryEntry> findByDedupKey(String dedupKey);

  List<ClaimHistoryEntry> findByClaimIdOrderByOccurredAtAscIdAsc(long claimId);
}
