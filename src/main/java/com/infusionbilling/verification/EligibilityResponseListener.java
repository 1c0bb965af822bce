package com.infusionbilling.verification;

import com.infusionbilling.clearinghouse.ClearinghouseMessageReceived;
import com.infusionbilling.edi.model.EligibilityResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hands every 271 the clearinghouse delivers to the verification that sent its 270. */
@Component
public class EligibilityResponseListener {
  private final BenefitVerificationService verifications;

  public EligibilityResponseListener(BenefitVerificationService verifications) {
    this.verifications = verifications;
  }

  @EventListener
  public void on(ClearinghouseMessageReceived received) {
    if (received.message() instanceof EligibilityResponse response) {
      verifications.recordResponse(response);
    }
  }
}
