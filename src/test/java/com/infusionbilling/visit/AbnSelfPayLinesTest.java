package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.scrub.SiteOfCare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which coded lines the patient pays for himself under an ABN: only with option 2 (CMS-R-131
 * section G, "do not bill Medicare"), and only the lines of the drug the ABN was given for (the
 * order's drug, its JW line included). Administration lines and other drugs stay on the claim, and
 * every other ABN outcome keeps every line on the claim.
 */
class AbnSelfPayLinesTest {

  @ParameterizedTest(name = "{0} {1}-{2}: self-pay {3}")
  @CsvSource({
    // ABN outcome, line code, modifier, self-pay?  (the order's drug is J1745)
    "DO_NOT_BILL, J1745, JZ, true", // option 2: the administered drug
    "DO_NOT_BILL, J1745, JW, true", // option 2: its discarded amount
    "DO_NOT_BILL, j1745, '', true", // codes compare without case
    "DO_NOT_BILL, 96365, '', false", // the administration stays on the Medicare claim
    "DO_NOT_BILL, J1100, '', false", // another drug (a premedication) is not the ABN's item
    "SIGNED, J1745, GA, false", // option 1: billed to Medicare with GA
    "NOT_SIGNED, J1745, GZ, false", // no ABN: billed with GZ, the practice is liable
  })
  void onlyTheOrderedDrugUnderOption2IsSelfPay(
      AbnStatus outcome, String code, String modifier, boolean selfPay) {
    Visit v =
        new Visit(
            70L,
            LocalDateTime.of(2026, 12, 10, 9, 0),
            SiteOfCare.OFFICE,
            DrugSource.BUY_AND_BILL,
            "test");
    v.recordAbn(outcome, "L35677", LocalDate.of(2026, 12, 8));
    var line =
        new VisitCoding.CodedLine(
            0,
            code,
            modifier.isEmpty() ? List.of() : List.of(modifier),
            37,
            null,
            null,
            null,
            new BigDecimal("1000.00"),
            null,
            "",
            "drug-units",
            null,
            List.of(1));

    assertThat(VisitClaimService.selfPay(v, "J1745", line)).isEqualTo(selfPay);
  }
}
