package com.infusionbilling.billing.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The provider's chargemaster, for every package that puts a charge on a claim line (SV102 on the
 * 837P, SV203 on the 837I). One chargemaster for all payers: the charge never depends on who pays.
 * Reads the in-memory reference snapshot (table {@code chargemaster}, owned by this package and
 * loaded by {@code POST /api/reference/chargemaster}), so a look-up does no database access.
 */
@Service
public class Chargemaster {
  private final ReferenceDataService referenceData;

  public Chargemaster(ReferenceDataService referenceData) {
    this.referenceData = referenceData;
  }

  /**
   * The chargemaster row for a code billed with the given modifiers on a date: a row specific to
   * one of the modifiers (in their order) wins over the code's general row; of each, the latest row
   * effective on or before the date.
   *
   * @param modifiers the line's modifiers (may be empty)
   * @return empty when the chargemaster has no charge for the code on that date
   */
  public Optional<ChargemasterEntry> chargeFor(
      String code, List<String> modifiers, LocalDate date) {
    return referenceData.current().charge(code, modifiers, date);
  }
}
