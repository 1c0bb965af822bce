package com.infusionbilling.claim;

/**
 * A claim version, one of its lines or one of its acknowledgements was written (published by {@link
 * ClaimChangeListener} in the writing transaction, as each row is flushed). The reports package
 * keeps its per-claim summary by it.
 */
public record ClaimChanged(long claimId) {}
