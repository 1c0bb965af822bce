package com.infusionbilling.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayerAuthorizationRepository extends JpaRepository<PayerAuthorization, Long> {
  Optional<PayerAuthorization> findByRequestId(Long requestId);

  List<PayerAuthorization> findByEpisodeIdOrderByIdAsc(Long episodeId);

  Optional<PayerAuthorization> findByRenewalOf(Long renewalOf);

  Optional<PayerAuthorization> findFirstByEpisodeIdOrderByIdDesc(Long episodeId);

  List<PayerAuthorization> findByStatusAndValidToBetweenOrderByValidToAscIdAsc(
      AuthorizationStatus status, LocalDate from, LocalDate to);

  long countByStatusAndValidToBetween(AuthorizationStatus status, LocalDate from, LocalDate to);

  long countByStatus(AuthorizationStatus status);
}
