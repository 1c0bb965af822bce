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

  /** These patients, by ID, in one query (a page of worklist rows). */
  public java.util.Map<Long, Patient> patients(java.util.Collection<Long> patientIds) {
    java.util.Map<Long, Patient> out = new java.util.HashMap<>();
    patients.findAllById(patientIds).forEach(p -> out.put(p.getId(), p));
    return out;
  }

  /** These coverages, by ID, in one query. */
  public java.util.Map<Long, Coverage> coverages(java.util.Collection<Long> coverageIds) {
    java.util.Map<Long, Coverage> out = new java.util.HashMap<>();
    coverages.findAllById(coverageIds).forEach(c -> out.put(c.getId(), c));
    return out;
  }

  public Optional<Prescriber> prescriber(long prescriberId) {
    return prescribers.findById(prescriberId);
  }

  public Optional<Coverage> coverage(long coverageId) {
    return coverages.findById(coverageId);
  }
}
