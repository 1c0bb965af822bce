package com.infusionbilling.denial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DenialRepository extends JpaRepository<Denial, Long> {
  Optional<Denial> findByRemittanceClaimIdAndLineKeyAndGroupCodeAndCarc(
      long remittanceClaimId, long lineKey, String groupCode, String carc);

  List<Denial> findByClaimIdOrderByIdAsc(long claimId);

  List<Denial> findByEpisodeIdOrderByIdAsc(long episodeId);
}
