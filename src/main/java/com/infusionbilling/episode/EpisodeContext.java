package com.infusionbilling.episode;

import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.Patient;
import com.infusionbilling.intake.Prescriber;

/** Everything the lifecycle services need about one episode, loaded in one go. PHI inside. */
public record EpisodeContext(
    Episode episode,
    Patient patient,
    Coverage coverage,
    Payer payer,
    Prescriber prescriber,
    TherapyOrder order) {

  @Override
  public String toString() {
    return "EpisodeContext[episode=" + episode.getId() + ", PHI redacted]";
  }
}
