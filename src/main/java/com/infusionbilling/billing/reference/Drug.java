package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.AmountUnit;
import java.math.BigDecimal;

/**
 * A HCPCS drug code and its descriptor amount: one billing unit of {@code hcpcs} is {@code
 * descriptorAmount} {@code descriptorUnit} (J1745 = 10 mg).
 *
 * @param hormonalAntineoplastic true for hormonal anti-neoplastics, injected with 96402 not 96401
 * @param illustrative true when a figure in the row is illustrative rather than official
 */
public record Drug(
    String hcpcs,
    String description,
    BigDecimal descriptorAmount,
    AmountUnit descriptorUnit,
    boolean hormonalAntineoplastic,
    String sourceNote,
    boolean illustrative) {

  /** The descriptor as written, e.g. "10 mg". */
  public String descriptor() {
    return com.infusionbilling.billing.coding.Amounts.of(descriptorAmount, descriptorUnit);
  }
}
