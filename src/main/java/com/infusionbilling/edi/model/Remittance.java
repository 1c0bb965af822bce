package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction set: a payment (BPR) identified by its reassociation trace number (TRN02,
 * check or EFT number) with the claims it pays or denies.
 *
 * @param paymentMethod BPR04: ACH, CHK, NON (no payment)
 * @param providerAdjustments PLB pairs, in the order sent
 */
public record Remittance(
    String traceNumber,
    String paymentMethod,
    BigDecimal totalPaid,
    LocalDate paymentDate,
    Party payer,
    Party payee,
    List<ClaimPayment> claims,
    List<ProviderAdjustment> providerAdjustments)
    implements X12Message {

  public Remittance {
    claims = List.copyOf(claims);
    providerAdjustments =
        providerAdjustments == null ? List.of() : List.copyOf(providerAdjustments);
  }

  /** A remittance without provider-level adjustments. */
  public Remittance(
      String traceNumber,
      String paymentMethod,
      BigDecimal totalPaid,
      LocalDate paymentDate,
      Party payer,
      Party payee,
      List<ClaimPayment> claims) {
    this(traceNumber, paymentMethod, totalPaid, paymentDate, payer, payee, claims, List.of());
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}
