package com.infusionbilling.remittance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlbAdjustmentRepository extends JpaRepository<PlbAdjustment, Long> {
  List<PlbAdjustment> findByRemittanceIdOrderBySequenceNumberAsc(long remittanceId);
}
