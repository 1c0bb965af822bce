package com.infusionbilling.remittance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecondarySettlementRepository extends JpaRepository<SecondarySettlement, Long> {
  Optional<SecondarySettlement> findByRemittanceClaimId(long remittanceClaimId);

  List<SecondarySettlement> findByPrimaryClaimIdOrderByIdAsc(long primaryClaimId);
}
