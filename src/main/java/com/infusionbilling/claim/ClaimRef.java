package com.infusionbilling.claim;

/** A claim version: what {@code ClaimSubmission} runs for. */
public record ClaimRef(long claimId, int version) {

  /** The message id and correlation key of the version's {@code ClaimSubmission} start. */
  public String key() {
    return "claim-" + claimId + "-v" + version;
  }
}
