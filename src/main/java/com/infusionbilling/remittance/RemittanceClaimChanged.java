package com.infusionbilling.remittance;

/**
 * An 835 claim payment, one of its service lines or one of its adjustments was written (published
 * by {@link RemittanceChangeListener} in the writing transaction); {@code claimId} is known only
 * for the claim payment itself (null for its lines and adjustments, or when it matched no claim; a
 * payment re-matched to another claim publishes one event for the new and one for the old claim).
 */
public record RemittanceClaimChanged(long remittanceClaimId, Long claimId) {}
