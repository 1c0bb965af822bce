package com.infusionbilling.episode;

import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.IntakeQueries;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an {@link EpisodeDossier}: the episode's rows, and its parties through their owners. */
@Service
public class EpisodeDossiers {
  private final EpisodeRepository episodes;
  private final TherapyOrderRepository orders;
  private final IntakeQueries intake;
  private final ReferenceDataService reference;

  public EpisodeDossiers(
      EpisodeRepository episodes,
      TherapyOrderRepository orders,
      IntakeQueries intake,
      ReferenceDataService reference) {
    this.episodes = episodes;
    this.orders = orders;
    this.intake = intake;
    this.reference = reference;
  }

  /**
   * The episode's secondary coverage and its payer, when the patient has one (a secondary claim is
   * addressed to it). PHI inside (the member ID).
   */
  @Transactional(readOnly = true)
  public Optional<Coverage> secondaryCoverage(long episodeId) {
    return episodes
        .findById(episodeId)
        .map(Episode::getSecondaryCoverageId)
        .flatMap(intake::coverage);
  }

  @Transactional(readOnly = true)
  public EpisodeDossier load(long episodeId) {
    Episode e =
        episodes
            .findById(episodeId)
            .orElseThrow(() -> new NoSuchElementException("no episode " + episodeId));
    var coverage = intake.coverage(e.getCoverageId()).orElseThrow();
    return new EpisodeDossier(
        e,
        intake.patient(e.getPatientId()).orElseThrow(),
        coverage,
        reference
            .current()
            .payer(coverage.getPayerId())
            .orElseThrow(() -> new NoSuchElementException("payer " + coverage.getPayerId())),
        intake.prescriber(e.getPrescriberId()).orElseThrow(),
        orders.findByEpisodeId(episodeId).orElseThrow());
  }
}
