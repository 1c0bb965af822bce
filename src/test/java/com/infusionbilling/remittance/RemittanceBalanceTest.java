package com.infusionbilling.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.ServicePayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 835 balancing rules of 005010X221A1 section 1.10.2.1, one example per rule. */
class RemittanceBalanceTest {

  static ServicePayment line(String charge, String paid, Adjustment... cas) {
    return new ServicePayment(
        "J1745",
        List.of(),
        new BigDecimal(charge),
        new BigDecimal(paid),
        BigDecimal.ONE,
        LocalDate.of(2026, 1, 5),
        "PCN1-1",
        null,
        List.of(cas),
        List.of());
  }

  static ClaimPayment claim(String charge, String paid, List<ServicePayment> lines) {
    return new ClaimPayment(
        "PCN1",
        "1",
        new BigDecimal(charge),
        new BigDecimal(paid),
        BigDecimal.ZERO,
        "MB",
        "ICN1",
        null,
        null,
        null,
        List.of(),
        List.of(),
        lines);
  }

  static Adjustment cas(String group, String carc, String amount) {
    return new Adjustment(group, carc, new BigDecimal(amount), null);
  }

  static Remittance remittance(String total, ClaimPayment... claims) {
    return new Remittance(
        "T1", "ACH", new BigDecimal(total), LocalDate.of(2026, 1, 20), null, null, List.of(claims));
  }

  @Test
  void aBalancedPaymentHasNoProblem() {
    var r =
        remittance("80.00", claim("100", "80", List.of(line("100", "80", cas("CO", "45", "20")))));
    assertThat(RemittanceBalance.problems(r)).isEmpty();
  }

  @Test
  void aServiceLinesChargeLessPaidIsTheSumOfItsCas() {
    var r =
        remittance("80.00", claim("100", "80", List.of(line("100", "80", cas("CO", "45", "15")))));
    assertThat(RemittanceBalance.problems(r))
        .anySatisfy(p -> assertThat(p).startsWith("CLP #1 SVC #1: charge 100 - paid 80"));
  }

  @Test
  void aClaimsChargeLessPaidIsTheSumOfItsClaimAndLineCas() {
    var r =
        remittance("80.00", claim("120", "80", List.of(line("100", "80", cas("CO", "45", "20")))));
    assertThat(RemittanceBalance.problems(r))
        .containsExactly(
            "CLP #1: CLP03 120 - CLP04 80 is not the sum of its claim and line CAS amounts (20)");
  }

  @Test
  void thePaymentIsTheSumOfTheClaimPaymentsLessThePlb() {
    var r =
        remittance("90.00", claim("100", "80", List.of(line("100", "80", cas("CO", "45", "20")))));
    assertThat(RemittanceBalance.problems(r))
        .containsExactly("BPR02 90.00 is not the sum of CLP04 (80) less the PLB adjustments (0)");
  }
}
