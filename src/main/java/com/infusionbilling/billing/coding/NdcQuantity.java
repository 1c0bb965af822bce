package com.infusionbilling.billing.coding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The NDC quantity for loop 2410 (CTP04) in the package's unit qualifier (CTP05-1). It is not the
 * HCPCS unit count: one unit of a 20 mg code can be NDC quantity 4 of a 5 mg NDC (X12 RFI 591).
 * Rounded half-up to 3 decimals.
 */
public final class NdcQuantity {
  private NdcQuantity() {}

  /**
   * Converts an amount of drug to the NDC quantity, or returns null when the amount's unit does not
   * convert to what the qualifier counts.
   *
   * @param containerAmount drug per container, in {@code containerUnit}
   * @param containerVolumeMl volume per container (needed for ML), or null
   */
  public static BigDecimal of(
      BigDecimal amount,
      AmountUnit unit,
      NdcUnit qualifier,
      BigDecimal containerAmount,
      AmountUnit containerUnit,
      BigDecimal containerVolumeMl) {
    BigDecimal quantity =
        switch (qualifier) {
          case UN ->
              unit.convertsTo(containerUnit)
                  ? unit.convert(amount, containerUnit)
                      .divide(containerAmount, 6, RoundingMode.HALF_UP)
                  : null;
          case ML -> {
            if (unit.convertsTo(AmountUnit.ML)) {
              yield unit.convert(amount, AmountUnit.ML);
            }
            yield unit.convertsTo(containerUnit) && containerVolumeMl != null
                ? unit.convert(amount, containerUnit)
                    .multiply(containerVolumeMl)
                    .divide(containerAmount, 6, RoundingMode.HALF_UP)
                : null;
          }
          case GR -> unit.convertsTo(AmountUnit.G) ? unit.convert(amount, AmountUnit.G) : null;
          case ME -> unit.convertsTo(AmountUnit.MG) ? unit.convert(amount, AmountUnit.MG) : null;
          case F2 ->
              unit.convertsTo(AmountUnit.UNITS) ? unit.convert(amount, AmountUnit.UNITS) : null;
        };
    return quantity == null ? null : quantity.setScale(3, RoundingMode.HALF_UP);
  }
}
