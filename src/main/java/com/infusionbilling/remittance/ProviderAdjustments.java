package com.infusionbilling.remittance;

import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What accounts receivable did about a provider-level adjustment (PLB): POSTED to the provider's
 * account, DISPUTED with the payer, or REFERRED (to a manager or the payer's provider relations),
 * with the reason; recorded once, the first answer stands.
 */
@Service
public class ProviderAdjustments {
  private static final Logger log = LoggerFactory.getLogger(ProviderAdjustments.class);
  static final Set<String> RESOLUTIONS = Set.of("POSTED", "DISPUTED", "REFERRED");

  private final PlbAdjustmentRepository plbs;

  ProviderAdjustments(PlbAdjustmentRepository plbs) {
    this.plbs = plbs;
  }

  /**
   * @return false when the adjustment was reconciled before (nothing changed)
   */
  @Transactional
  public boolean reconcile(long plbAdjustmentId, String resolution, String note, String actor) {
    String r = resolution == null ? "" : resolution.trim();
    if (!RESOLUTIONS.contains(r)) {
      throw new IllegalArgumentException("plbResolution must be POSTED, DISPUTED or REFERRED");
    }
    PlbAdjustment plb =
        plbs.findById(plbAdjustmentId)
            .orElseThrow(() -> new NoSuchElementException("no PLB adjustment " + plbAdjustmentId));
    boolean first = plb.resolve(r, note == null ? null : note.trim(), actor);
    if (first) {
      plbs.save(plb);
      log.info("PLB adjustment {} ({}) reconciled: {}", plbAdjustmentId, plb.getReasonCode(), r);
    }
    return first;
  }

  /** The stored adjustment (tests and the API). */
  @Transactional(readOnly = true)
  public java.util.Optional<PlbAdjustment> find(long plbAdjustmentId) {
    return plbs.findById(plbAdjustmentId);
  }
}
