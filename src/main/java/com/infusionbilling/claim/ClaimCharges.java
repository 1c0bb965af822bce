package com.infusionbilling.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The charge of a claim line (SV102 on the 837P, SV203 on the 837I). The charge comes from the
 * provider's chargemaster (one charge per code for every payer, issue 15 item 5); until the
 * chargemaster is on main, the billing engine's line figure stands in and the line says so.
 */
@Component
class ClaimCharges {

  /** A line's charge and where it came from; {@code amount} is null when nothing is known. */
  record Charge(BigDecimal amount, String source) {}

  Charge charge(
      String code,
      List<String> modifiers,
      int units,
      BigDecimal engineFigure,
      LocalDate dateOfService) {
    if (engineFigure != null) {
      return new Charge(
          engineFigure.setScale(2, RoundingMode.HALF_UP),
          "billing engine line figure (no chargemaster loaded)");
    }
    return new Charge(null, "no chargemaster charge for " + code + " on " + dateOfService);
  }
}
