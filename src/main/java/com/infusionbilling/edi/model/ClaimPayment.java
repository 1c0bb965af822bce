package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * 835 loop 2100: the payer's adjudication of one claim.
 *
 * @param patientControlNumber CLP01, our CLM01
 * @param statusCode CLP02: 1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal
 * @param payerClaimControlNumber CLP07
 * @param remarkCodes claim-level RARCs (MOA03..07)
 */
public record ClaimPayment(
    String patientControlNumber,
    String statusCode,
    BigDecimal charge,
    BigDecimal paid,
    BigDecimal patientResponsibility,
    String claimFilingIndicator,
    String payerClaimControlNumber,
    String memberId,
    String patientLastName,
    String patientFirstName,
    List<Adjustment> adjustments,
    List<String> remarkCodes,
    List<ServicePayment> services) {

  public ClaimPayment {
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
    services = services == null ? List.of() : List.copyOf(services);
  }

  /**
   * The CLP02 22 reversal of this payment: every amount negated, the same CLP01 and CLP07 (835 TR3
   * section 1.10.2.8, reversals and corrections).
   */
  public ClaimPayment reversal() {
    return new ClaimPayment(
        patientControlNumber,
        "22",
        charge.negate(),
        paid.negate(),
        patientResponsibility == null ? null : patientResponsibility.negate(),
        claimFilingIndicator,
        payerClaimControlNumber,
        memberId,
        patientLastName,
        patientFirstName,
        adjustments.stream().map(Adjustment::negated).toList(),
        remarkCodes,
        services.stream().map(ServicePayment::negated).toList());
  }

  public boolean denied() {
    return "4".equals(statusCode);
  }

  @Override
  public String toString() {
    return "ClaimPayment[" + patientControlNumber + ", status " + statusCode + "]";
  }
}
