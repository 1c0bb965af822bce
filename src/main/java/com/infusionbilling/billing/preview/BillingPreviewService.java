package com.infusionbilling.billing.preview;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The entry point other capabilities call: codes, scrubs and prices one encounter against the
 * in-memory reference snapshot (no database access per call).
 */
@Service
public class BillingPreviewService {
  private final ReferenceDataService referenceData;
  private final BillingEngine engine;
  private final Clock clock;

  @Autowired
  public BillingPreviewService(ReferenceDataService referenceData, BillingProperties properties) {
    this(referenceData, properties, Clock.system(properties.zone()));
  }

  BillingPreviewService(
      ReferenceDataService referenceData, BillingProperties properties, Clock clock) {
    this.referenceData = referenceData;
    this.engine = new BillingEngine(properties.zone(), properties.timelyFilingWarningDays());
    this.clock = clock;
  }

  /**
   * Codes, scrubs and prices the encounter.
   *
   * @throws InvalidBillingInputException naming the offending field when the request is not valid
   */
  public PreviewResponse preview(PreviewRequest request) {
    return engine.preview(request, referenceData.current(), LocalDate.now(clock));
  }

  /** The reference data previews currently use. */
  public ReferenceSnapshot referenceSnapshot() {
    return referenceData.current();
  }
}
