package com.infusionbilling.remittance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemittanceAdjustmentRepository extends JpaRepository<RemittanceAdjustment, Long> {
  List<RemittanceAdjustment> findByRemittanceClaimIdOrderByIdAsc(long remittanceClaimId);
}
