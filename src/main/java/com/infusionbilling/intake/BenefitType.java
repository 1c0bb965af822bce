package com.infusionbilling.intake;

/** Which benefit a drug falls under: buy-and-bill (medical) or dispensed by a pharmacy. */
public enum BenefitType {
  MEDICAL,
  PHARMACY
}
