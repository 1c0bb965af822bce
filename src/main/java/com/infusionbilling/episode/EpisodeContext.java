package com.infusionbilling.episode;

import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.coverage.Coverage;
import com.infusionbilling.patient.Patient;
import com.infusionbilling.referral.Prescriber;

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
