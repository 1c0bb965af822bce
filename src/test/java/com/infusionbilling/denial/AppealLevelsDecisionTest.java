package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.DmnTables;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Decision_AppealLevels}, one row per level issue 17 items 4 and 5 name: the deadline, the
 * presumed receipt days, the payer's decision time, the amount in controversy (data) and the legal
 * basis; beyond the last level nothing is available.
 */
class AppealLevelsDecisionTest {
  static final String DMN = "bpmn/Decision_AppealLevels.dmn";

  @ParameterizedTest(name = "{0} {1} level {2}: {4} {6} from receipt +{5}d")
  @CsvSource({
    // 42 CFR 405.942: 120 days from receipt, presumed 5 days after the notice
    "CLAIM, MEDICARE_PART_B, 1, true, Redetermination (MAC), 5, P120D, P60D, 0, 405.942",
    "CLAIM, MEDICARE_PART_B, 2, true, Reconsideration (QIC), 5, P180D, P60D, 0, 405.962",
    "CLAIM, MEDICARE_PART_B, 3, true, ALJ hearing (OMHA), 5, P60D, P90D, 190, 405.1014",
    "CLAIM, MEDICARE_PART_B, 4, true, Medicare Appeals Council review, 5, P60D, P90D, 0, 405.1102",
    "CLAIM, MEDICARE_PART_B, 5, true, Federal district court, 5, P60D, P365D, 1900, 405.1130",
    "CLAIM, MEDICARE_PART_B, 6, false, No further level, 0, P0D, P0D, 0, No further",
    "CLAIM, MEDICARE_ADVANTAGE, 1, true, Plan reconsideration, 0, P65D, P60D, 0, 422.582",
    // 42 CFR 422.592(a): an upheld payment reconsideration goes to the IRE without a filing
    "CLAIM, MEDICARE_ADVANTAGE, 2, true, 'Independent review (IRE, forwarded by the plan)', 0,"
        + " P0D, P60D, 0, 422.592(a)",
    "CLAIM, MEDICARE_ADVANTAGE, 3, true, ALJ hearing (OMHA), 5, P60D, P90D, 190, 422.602(b)",
    "CLAIM, MEDICARE_ADVANTAGE, 4, true, Medicare Appeals Council review, 5, P60D, P90D, 0,"
        + " 422.608",
    "CLAIM, MEDICARE_ADVANTAGE, 5, true, Federal district court, 5, P60D, P365D, 1900, 422.612",
    "CLAIM, MEDICARE_ADVANTAGE, 6, false, No further level, 0, P0D, P0D, 0, No further",
    "CLAIM, COMMERCIAL, 1, true, Internal appeal, 0, P180D, P60D, 0, 2560.503-1",
    "CLAIM, COMMERCIAL, 2, true, External review, 0, P4M, P45D, 0, 147.136",
    "CLAIM, COMMERCIAL, 3, false, No further level, 0, P0D, P0D, 0, No further",
    "CLAIM, MEDICAID, 1, true, Plan appeal (Medicaid MCO), 0, P60D, P30D, 0, 438.402",
    // issue 17 item 5: PA appeals
    "PA, COMMERCIAL, 1, true, Internal appeal (pre-service), 0, P180D, P30D, 0, 2560.503-1",
    // 42 CFR 422.590(c): a standard Part B drug reconsideration is decided in 7 days
    "PA, MEDICARE_ADVANTAGE, 1, true, Plan reconsideration (Part B drug), 0, P65D, P7D, 0,"
        + " 422.590(c)",
    "PA, MEDICAID, 1, true, Plan appeal (Medicaid MCO), 0, P60D, P30D, 0, 438.402",
    // 42 CFR 422.592(a): the MA plan forwards an upheld reconsideration to the IRE itself
    "PA, MEDICARE_ADVANTAGE, 2, true, 'Independent review (IRE, forwarded by the plan)', 0, P0D,"
        + " P7D, 0, 422.592(a)",
    "PA, MEDICARE_ADVANTAGE, 3, false, No further level, 0, P0D, P0D, 0, No further",
    "PA, MEDICARE_PART_B, 1, false, No further level, 0, P0D, P0D, 0, No further",
  })
  void levels(
      String kind,
      String payerType,
      int level,
      boolean available,
      String name,
      int receiptDays,
      String deadline,
      String decision,
      int minimum,
      String basis) {
    Map<String, Object> r =
        DmnTables.evaluate(
            DMN,
            "Decision_AppealLevels",
            Map.of("appealKind", kind, "payerType", payerType, "appealLevel", level));
    assertThat(r)
        .containsEntry("available", available)
        .containsEntry("levelName", name)
        .containsEntry("deadlinePeriod", deadline)
        .containsEntry("decisionPeriod", decision);
    assertThat(((Number) r.get("receiptDays")).intValue()).isEqualTo(receiptDays);
    assertThat(((Number) r.get("minimumAmount")).intValue()).isEqualTo(minimum);
    assertThat((String) r.get("basis")).contains(basis);
  }

  static Map<String, Object> level(String kind, int level, boolean expedited) {
    return DmnTables.evaluate(
        DMN,
        "Decision_AppealLevels",
        Map.of(
            "appealKind",
            kind,
            "payerType",
            "MEDICARE_ADVANTAGE",
            "appealLevel",
            level,
            "appealExpedited",
            expedited));
  }

  /**
   * 42 CFR 422.592(a): an upheld Medicare Advantage reconsideration of a PA goes to the IRE without
   * a filing (autoForwarded), expedited if the reconsideration was; the provider files every other
   * level itself.
   */
  @Test
  void anUpheldMedicareAdvantagePaReconsiderationIsForwardedToTheIreByThePlan() {
    assertThat(level("PA", 2, false))
        .containsEntry("available", true)
        .containsEntry("autoForwarded", true)
        .containsEntry("decisionPeriod", "P7D");
    assertThat(level("PA", 2, true))
        .containsEntry("levelName", "Independent review (IRE, expedited, forwarded by the plan)")
        .containsEntry("autoForwarded", true)
        .containsEntry("decisionPeriod", "PT72H");
    assertThat(level("PA", 1, false)).containsEntry("autoForwarded", false);
    assertThat(level("PA", 1, true)).containsEntry("autoForwarded", false);
    assertThat(level("CLAIM", 1, false)).containsEntry("autoForwarded", false);
    // the same for a claim's payment reconsideration; the ALJ hearing after it is filed again
    assertThat(level("CLAIM", 2, false))
        .containsEntry("autoForwarded", true)
        .containsEntry("decisionPeriod", "P60D");
    assertThat(level("CLAIM", 3, false)).containsEntry("autoForwarded", false);
  }

  /** 42 CFR 422.590(e): an expedited Part B drug reconsideration is decided in 72 hours. */
  @Test
  void anExpeditedMedicareAdvantagePaAppealIsDecidedIn72Hours() {
    Map<String, Object> r =
        DmnTables.evaluate(
            DMN,
            "Decision_AppealLevels",
            Map.of(
                "appealKind",
                "PA",
                "payerType",
                "MEDICARE_ADVANTAGE",
                "appealLevel",
                1,
                "appealExpedited",
                true));
    assertThat(r)
        .containsEntry("levelName", "Expedited plan reconsideration (Part B drug)")
        .containsEntry("deadlinePeriod", "P65D")
        .containsEntry("decisionPeriod", "PT72H");
    assertThat((String) r.get("basis")).contains("422.590(e)");
    // a claim appeal is never expedited: the column does not apply to it
    assertThat(
            DmnTables.evaluate(
                DMN,
                "Decision_AppealLevels",
                Map.of(
                    "appealKind",
                    "CLAIM",
                    "payerType",
                    "MEDICARE_ADVANTAGE",
                    "appealLevel",
                    1,
                    "appealExpedited",
                    true)))
        .containsEntry("decisionPeriod", "P60D");
  }
}
