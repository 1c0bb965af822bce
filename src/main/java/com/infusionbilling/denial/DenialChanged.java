package com.infusionbilling.denial;

/**
 * A denial or a write-off of a claim was written (published by {@link DenialChangeListener} in the
 * writing transaction). The reports package keeps its per-claim summary by it.
 */
public record DenialChanged(long claimId) {}
