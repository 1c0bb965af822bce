package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One 835 PLB adjustment pair: a provider-level adjustment not tied to one claim (PLB03-1 reason,
 * e.g. WO overpayment recovery, FB forwarding balance, L6 interest, 72 authorized return; PLB03-2
 * reference, often the claim or the recovery it concerns). A positive amount reduces the payment
 * (BPR02 = sum of CLP04 - sum of PLB amounts).
 *
 * @param providerId PLB01 (the payee's NPI or tax ID)
 * @param fiscalPeriodDate PLB02 (the last day of the provider's fiscal year)
 */
public record ProviderAdjustment(
    String providerId,
    LocalDate fiscalPeriodDate,
    String reasonCode,
    String reference,
    BigDecimal amount) {}
