package com.infusionbilling.billing.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of the CMS OPPS Addendum B: the status indicator (and APC, payment rate) of a HCPCS/CPT
 * code under the hospital outpatient prospective payment system for a quarter.
 *
 * @param statusIndicator e.g. K (separately paid drug with its own APC), G (pass-through drug), N
 *     (packaged: paid within the primary service, 42 CFR 419.2(b)), S (separately paid procedure)
 * @param apc the APC, or null
 * @param paymentRate the national unadjusted payment rate, or null
 */
public record OppsStatus(
    String quarter,
    LocalDate start,
    LocalDate end,
    String hcpcs,
    String statusIndicator,
    String apc,
    BigDecimal paymentRate) {

  /** Status indicators of separately payable drugs (JW/JZ apply to these only under OPPS). */
  public static final Set<String> SEPARATELY_PAYABLE_DRUG = Set.of("G", "K");

  /** Whether the code is packaged (status indicator N): reported, no separate payment. */
  public boolean packaged() {
    return "N".equals(statusIndicator);
  }

  public boolean separatelyPayableDrug() {
    return SEPARATELY_PAYABLE_DRUG.contains(statusIndicator);
  }
}
