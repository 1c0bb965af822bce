package com.infusionbilling.episode;

/** How a dose is written: a fixed amount, or per kilogram of body weight, or per m² of BSA. */
public enum DoseBasis {
  FIXED,
  PER_KG,
  PER_M2
}
