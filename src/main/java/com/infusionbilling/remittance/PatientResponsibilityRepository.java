package com.infusionbilling.remittance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientResponsibilityRepository extends JpaRepository<PatientResponsibility, Long> {
  boolean existsByDedupKey(String dedupKey);

  List<PatientResponsibility> findByClaimIdOrderByIdAsc(long claimId);

  List<PatientResponsibility> findByEpisodeIdOrderByIdAsc(long episodeId);

  List<PatientResponsibility> findByVisitIdAndSourceOrderByIdAsc(long visitId, String source);
}
