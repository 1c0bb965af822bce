package com.infusionbilling.remittance;

import com.infusionbilling.denial.DenialService;
import com.infusionbilling.denial.OpenDenial;
import org.springframework.stereotype.Component;

/**
 * Hands a denial found by posting to denial management ({@code DenialService.open}, CONTRACT-17):
 * stored once per remittance claim, claim line, group code and CARC, and {@code DenialManagement}
 * started after the posting commits.
 */
@Component
class DenialManagementHandoff implements DenialHandoff {
  private final DenialService denials;

  DenialManagementHandoff(DenialService denials) {
    this.denials = denials;
  }

  @Override
  public long open(RemittancePosting.Denial d) {
    return denials.open(
        new OpenDenial(
            d.claimId(),
            d.claimLineId(),
            d.remittanceClaimId(),
            d.groupCode(),
            d.carc(),
            d.rarcs(),
            d.amount(),
            d.expectedAllowed(),
            d.paid(),
            d.remittanceDate(),
            d.remittanceId()));
  }
}
