package com.infusionbilling.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.DmnTables;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Decision_UnderpaymentTolerance}, one row per documented example (issue 17 item 2: Medicare
 * $5 or 1 %, commercial $25 or 2 %, per payer).
 */
class UnderpaymentToleranceDecisionTest {

  @ParameterizedTest(name = "{0} {1}: short ${2} ({3} %) -> review {4} ({5})")
  @CsvSource({
    "MEDICARE_PART_B, MEDICARE_PART_B, 0, 0, false, NOTHING_SHORT",
    "MEDICARE_PART_B, MEDICARE_PART_B, -12.50, -0.4, false, NOTHING_SHORT",
    "MEDICARE_PART_B, MEDICARE_PART_B, 5, 0.2, false, MEDICARE_WITHIN_5",
    "MEDICARE_PART_B, MEDICARE_PART_B, 30, 1, false, MEDICARE_WITHIN_1_PERCENT",
    "MEDICARE_PART_B, MEDICARE_PART_B, 5.01, 1.01, true, MEDICARE_UNDERPAID",
    "MEDICARE_ADVANTAGE_EXAMPLE, MEDICARE_ADVANTAGE, 338.66, 10, true, MEDICARE_UNDERPAID",
    "COMMERCIAL_ACME, COMMERCIAL, 25, 5, false, COMMERCIAL_WITHIN_25",
    "COMMERCIAL_ACME, COMMERCIAL, 60, 2, false, COMMERCIAL_WITHIN_2_PERCENT",
    "COMMERCIAL_ACME, COMMERCIAL, 25.01, 2.01, true, COMMERCIAL_UNDERPAID",
    "MEDICAID_EXAMPLE, MEDICAID, 26, 3, true, COMMERCIAL_UNDERPAID",
    "COMMERCIAL_SUMMIT, COMMERCIAL, 50, 4, false, SUMMIT_WITHIN_50",
    "COMMERCIAL_SUMMIT, COMMERCIAL, 80, 2, false, SUMMIT_WITHIN_2_PERCENT",
    "COMMERCIAL_SUMMIT, COMMERCIAL, 50.01, 2.01, true, COMMERCIAL_UNDERPAID",
  })
  void toleranceByPayer(
      String payerId,
      String payerType,
      double shortfall,
      double percent,
      boolean underpaid,
      String rule) {
    Map<String, Object> out =
        DmnTables.evaluate(
            "bpmn/Decision_UnderpaymentTolerance.dmn",
            RemittanceProcess.DECISION_UNDERPAYMENT_TOLERANCE,
            Map.of(
                "payerId", payerId,
                "payerType", payerType,
                "shortfall", shortfall,
                "shortfallPercent", percent));
    assertThat(out).containsEntry("underpaid", underpaid).containsEntry("toleranceRule", rule);
  }
}
