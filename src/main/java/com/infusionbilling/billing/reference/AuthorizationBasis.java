package com.infusionbilling.billing.reference;

/** Whether a payer's prior authorization approves a number of drug units or of visits. */
public enum AuthorizationBasis {
  UNITS,
  VISITS
}
