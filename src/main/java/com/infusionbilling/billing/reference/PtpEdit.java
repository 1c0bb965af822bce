package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.EditSetting;
import java.time.LocalDate;

/**
 * One NCCI procedure-to-procedure edit: {@code column2} is not paid with {@code column1} on the
 * same date, unless {@code modifierIndicator} is '1' and an NCCI-associated modifier is reported.
 *
 * @param deletion the first date the edit no longer applies, or null while it is active
 * @param modifierIndicator '0' not allowed, '1' allowed, '9' not applicable
 */
public record PtpEdit(
    EditSetting setting,
    String column1,
    String column2,
    LocalDate effective,
    LocalDate deletion,
    char modifierIndicator,
    String rationale) {

  public boolean activeOn(LocalDate date) {
    return modifierIndicator != '9'
        && !date.isBefore(effective)
        && (deletion == null || date.isBefore(deletion));
  }
}
