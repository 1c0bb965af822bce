package com.infusionbilling.remittance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemittanceClaimRepository extends JpaRepository<RemittanceClaim, Long> {
  Optional<RemittanceClaim> findByDedupKey(String dedupKey);

  List<RemittanceClaim> findByClaimIdOrderByIdAsc(long claimId);

  List<RemittanceClaim> findByRemittanceIdAndClaimIdOrderBySequenceNumberAsc(
      long remittanceId, long claimId);

  List<RemittanceClaim> findByRemittanceIdOrderBySequenceNumberAsc(long remittanceId);
}
