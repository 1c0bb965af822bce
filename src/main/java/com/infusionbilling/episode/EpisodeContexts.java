package com.infusionbilling.episode;

import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.intake.CoverageRepository;
import com.infusionbilling.intake.PatientRepository;
import com.infusionbilling.intake.PrescriberRepository;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an {@link EpisodeContext}. */
@Service
public class EpisodeContexts {
  private final EpisodeRepository episodes;
  private final PatientRepository patients;
  private final CoverageRepository coverages;
  private final PrescriberRepository prescribers;
  private final TherapyOrderRepository orders;
  private final ReferenceDataService reference;

  public EpisodeContexts(
      EpisodeRepository episodes,
      PatientRepository patients,
      CoverageRepository coverages,
      PrescriberRepository prescribers,
      TherapyOrderRepository orders,
      ReferenceDataService reference) {
    this.episodes = episodes;
    this.patients = patients;
    this.coverages = coverages;
    this.prescribers = prescribers;
    this.orders = orders;
    this.reference = reference;
  }

  @Transactional(readOnly = true)
  public EpisodeContext load(long episodeId) {
    Episode e =
        episodes
            .findById(episodeId)
            .orElseThrow(() -> new NoSuchElementException("no episode " + episodeId));
    var coverage = coverages.findById(e.getCoverageId()).orElseThrow();
    return new EpisodeContext(
        e,
        patients.findById(e.getPatientId()).orElseThrow(),
        coverage,
        reference
            .current()
            .payer(coverage.getPayerId())
            .orElseThrow(() -> new NoSuchElementException("payer " + coverage.getPayerId())),
        prescribers.findById(e.getPrescriberId()).orElseThrow(),
        orders.findByEpisodeId(episodeId).orElseThrow());
  }
}
