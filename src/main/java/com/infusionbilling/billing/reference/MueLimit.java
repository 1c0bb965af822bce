package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.EditSetting;
import java.time.LocalDate;

/**
 * One row of a CMS MUE table in force from {@code effectiveDate}.
 *
 * @param mai MUE adjudication indicator: 1 claim line, 2 date of service (policy), 3 date of
 *     service (clinical)
 */
public record MueLimit(
    EditSetting setting,
    LocalDate effectiveDate,
    String code,
    int value,
    int mai,
    String rationale) {

  /** MAI 2 and 3 are date-of-service edits: all units of the code on the date are summed. */
  public boolean dateOfService() {
    return mai == 2 || mai == 3;
  }
}
