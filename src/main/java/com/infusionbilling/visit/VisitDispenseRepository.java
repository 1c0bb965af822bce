package com.infusionbilling.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitDispenseRepository extends JpaRepository<VisitDispense, Long> {
  Optional<VisitDispense> findByVisitIdAndNdcAndLot(Long visitId, String ndc, String lot);

  List<VisitDispense> findByVisitIdOrderByIdAsc(Long visitId);

  List<VisitDispense> findByNdcAndLotOrderByIdAsc(String ndc, String lot);

  List<VisitDispense> findByServiceDateBetweenOrderByIdAsc(LocalDate from, LocalDate to);
}
