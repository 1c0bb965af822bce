package com.infusionbilling.billing.scrub;

import com.infusionbilling.billing.coding.Edit;
import java.util.List;
import java.util.Set;

/**
 * Edits from the pre-submission review.
 *
 * @param deniedLines indexes of lines expected to deny as submitted (MUE, NCCI PTP)
 */
public record ScrubResult(List<Edit> edits, Set<Integer> deniedLines) {}
