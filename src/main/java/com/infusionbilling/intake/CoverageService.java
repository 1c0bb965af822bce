package com.infusionbilling.intake;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage found after intake (an alternate payer a coordinator resolves). */
@Service
public class CoverageService {
  private final CoverageRepository coverages;

  public CoverageService(CoverageRepository coverages) {
    this.coverages = coverages;
  }

  /** A new medical-benefit coverage of the patient; joins the caller's transaction. */
  @Transactional
  public Coverage addMedicalCoverage(
      long patientId,
      String payerId,
      String memberId,
      String groupNumber,
      LocalDate effectiveFrom) {
    return coverages.save(
        new Coverage(
            patientId,
            payerId,
            memberId,
            groupNumber,
            null,
            effectiveFrom,
            null,
            BenefitType.MEDICAL));
  }
}
