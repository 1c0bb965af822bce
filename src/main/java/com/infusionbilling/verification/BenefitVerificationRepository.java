package com.infusionbilling.verification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BenefitVerificationRepository extends JpaRepository<BenefitVerification, Long> {
  Optional<BenefitVerification> findByProcessInstanceKey(long processInstanceKey);

  Optional<BenefitVerification> findByTraceNumber(String traceNumber);

  List<BenefitVerification> findByEpisodeIdOrderByIdAsc(Long episodeId);
}
