package com.infusionbilling.episode;

import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.Patient;
import com.infusionbilling.intake.Prescriber;

/**
 * The episode's dossier: the episode with its patient, coverage, payer, prescriber and therapy
 * order, loaded in one go for the lifecycle services that build X12 requests and decide on
 * authorizations. PHI inside (never logged: {@link #toString} redacts it).
 */
public record EpisodeDossier(
    Episode episode,
    Patient patient,
    Coverage coverage,
    Payer payer,
    Prescriber prescriber,
    TherapyOrder order) {

  @Override
  public String toString() {
    return "EpisodeDossier[episode=" + episode.getId() + ", PHI redacted]";
  }
}
