package com.infusionbilling.claim;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimAckRepository extends JpaRepository<ClaimAcknowledgement, Long> {
  Optional<ClaimAcknowledgement> findByClaimIdAndSubmissionAttemptAndAckType(
      long claimId, int submissionAttempt, String ackType);

  List<ClaimAcknowledgement> findByClaimIdOrderByReceivedAtAscIdAsc(long claimId);
}
