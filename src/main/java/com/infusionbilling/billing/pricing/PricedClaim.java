package com.infusionbilling.billing.pricing;

import com.infusionbilling.billing.coding.Edit;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prices of the claim's lines and the expected payment.
 *
 * @param charges each line's chargemaster charge (units × charge per unit, rounded half-up to
 *     cents), or null when the chargemaster has none
 * @param allowed each line's expected allowed amount (units × the payer's rate, capped at the
 *     charge by lesser-of logic, rounded half-up to cents), or null when the payer has no rate
 * @param notes how each line was priced, one line each (appended to the line explanation)
 */
public record PricedClaim(
    List<BigDecimal> charges,
    List<BigDecimal> allowed,
    List<String> notes,
    ExpectedPayment expectedPayment,
    List<Edit> edits) {}
