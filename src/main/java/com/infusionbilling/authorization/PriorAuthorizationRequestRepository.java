package com.infusionbilling.authorization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorAuthorizationRequestRepository
    extends JpaRepository<PriorAuthorizationRequest, Long> {
  Optional<PriorAuthorizationRequest> findByProcessInstanceKey(long processInstanceKey);

  Optional<PriorAuthorizationRequest> findFirstByTraceNumber(String traceNumber);

  List<PriorAuthorizationRequest> findByEpisodeIdOrderByIdAsc(Long episodeId);

  long countByRenewalOfIsNotNullAndDecidedAtIsNull();
}
