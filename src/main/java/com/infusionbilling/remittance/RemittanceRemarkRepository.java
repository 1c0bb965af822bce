package com.infusionbilling.remittance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemittanceRemarkRepository extends JpaRepository<RemittanceRemark, Long> {
  List<RemittanceRemark> findByRemittanceClaimIdOrderByIdAsc(long remittanceClaimId);
}
