package com.infusionbilling.visit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitCodingRepository extends JpaRepository<VisitCoding, Long> {
  Optional<VisitCoding> findByVisitIdAndDocumentationVersion(Long visitId, int version);
}
