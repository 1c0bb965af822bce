package com.infusionbilling.episode;

/** Where a therapy episode stands; the worklist and dashboard group episodes by it. */
public enum EpisodeStatus {
  /** Referral received, benefits being verified. */
  VERIFYING_BENEFITS,
  /** Coverage inactive or under the pharmacy benefit: a coordinator resolves it. */
  RESOLVING_COVERAGE,
  /** Prior authorization being obtained. */
  AUTHORIZING,
  /** Authorized (or no authorization needed): infusions may be scheduled. */
  ACTIVE,
  /** Therapy completed, discontinued, or closed without authorization. */
  CLOSED
}
