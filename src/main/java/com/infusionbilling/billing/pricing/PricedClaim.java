package com.infusionbilling.billing.pricing;

import com.infusionbilling.billing.coding.Edit;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prices of the claim's lines and the expected payment.
 *
 * @param charges the priced amount of each line (units × rate, rounded half-up to cents), or null
 *     when the payer has no rate for it
 * @param notes how each line was priced, one line each (appended to the line explanation)
 */
public record PricedClaim(
    List<BigDecimal> charges,
    List<String> notes,
    ExpectedPayment expectedPayment,
    List<Edit> edits) {}
