package com.infusionbilling.remittance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemittanceRecordRepository extends JpaRepository<RemittanceRecord, Long> {
  Optional<RemittanceRecord> findByTraceNumberAndPayerId(String traceNumber, String payerId);
}
