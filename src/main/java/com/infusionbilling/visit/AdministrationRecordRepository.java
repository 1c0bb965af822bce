package com.infusionbilling.visit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationRecordRepository extends JpaRepository<AdministrationRecord, Long> {
  Optional<AdministrationRecord> findByVisitIdAndVersion(Long visitId, int version);

  Optional<AdministrationRecord> findFirstByVisitIdOrderByVersionDesc(Long visitId);
}
