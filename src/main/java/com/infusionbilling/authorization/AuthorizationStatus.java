package com.infusionbilling.authorization;

/** The state of a {@link PayerAuthorization}. */
public enum AuthorizationStatus {
  /** The payer approved it (fully, or partially and the coordinator accepted). */
  APPROVED,
  /** The payer needs no authorization for this drug, site and diagnosis. */
  NOT_REQUIRED,
  /** Replaced by a renewal ({@code renewal_of} of the new one points here). */
  RENEWED,
  /** Its end date passed with therapy still active and no renewal. */
  LAPSED,
  /** Therapy ended while it was valid. */
  CLOSED
}
