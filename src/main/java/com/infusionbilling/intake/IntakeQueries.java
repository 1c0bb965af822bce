package com.infusionbilling.intake;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other packages read intake's tables (patient, prescriber, coverage). PHI inside: callers
 * audit what they show.
 */
@Service
@Transactional(readOnly = true)
public class IntakeQueries {
  private final PatientRepository patients;
  private final PrescriberRepository prescribers;
  private final CoverageRepository coverages;

  public IntakeQueries(
      PatientRepository patients, PrescriberRepository prescribers, CoverageRepository coverages) {
    this.patients = patients;
    this.prescribers = prescribers;
    this.coverages = coverages;
  }

  public Optional<Patient> patient(long patientId) {
    return patients.findById(patientId);
  }

  public Optional<Prescriber> prescriber(long prescriberId) {
    return prescribers.findById(prescriberId);
  }

  public Optional<Coverage> coverage(long coverageId) {
    return coverages.findById(coverageId);
  }
}
