package com.infusionbilling.remittance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemittanceLineRepository extends JpaRepository<RemittanceLine, Long> {
  List<RemittanceLine> findByRemittanceClaimIdOrderBySequenceNumberAsc(long remittanceClaimId);
}
