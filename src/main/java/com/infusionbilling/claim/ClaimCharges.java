package com.infusionbilling.claim;

import com.infusionbilling.billing.reference.Chargemaster;
import com.infusionbilling.billing.reference.ChargemasterEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The charge of a claim line (SV102 on the 837P, SV203 on the 837I): the provider's chargemaster
 * charge per unit (one charge per code for every payer; {@code billing/reference}, issue 15 item 5)
 * times the units. Never the payer's expected amount: a line the chargemaster has no charge for
 * stays without one and the scrub stops it (CHARGE_MISSING).
 */
@Component
class ClaimCharges {

  /** A line's charge and where it came from; {@code amount} is null when nothing is known. */
  record Charge(BigDecimal amount, String source) {}

  private final Chargemaster chargemaster;

  ClaimCharges(Chargemaster chargemaster) {
    this.chargemaster = chargemaster;
  }

  Charge charge(String code, List<String> modifiers, int units, LocalDate dateOfService) {
    Optional<ChargemasterEntry> row = chargemaster.chargeFor(code, modifiers, dateOfService);
    if (row.isEmpty()) {
      return new Charge(null, "no chargemaster charge for " + code + " on " + dateOfService);
    }
    ChargemasterEntry e = row.get();
    return new Charge(
        e.lineCharge(units),
        "chargemaster "
            + e.code()
            + (e.modifier().isEmpty() ? "" : "-" + e.modifier())
            + " $"
            + e.charge().toPlainString()
            + " per unit x "
            + units
            + " (effective "
            + e.effectiveDate()
            + ")");
  }
}
