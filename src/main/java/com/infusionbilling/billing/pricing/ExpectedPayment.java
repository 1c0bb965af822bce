package com.infusionbilling.billing.pricing;

import java.math.BigDecimal;

/**
 * What the payer is expected to allow and pay for the claim, in dollars rounded half-up to cents.
 * Deductibles are not considered: patient responsibility is the coinsurance.
 */
public record ExpectedPayment(
    BigDecimal allowed,
    BigDecimal patientResponsibility,
    BigDecimal payerPayment,
    String explanation) {}
