package com.infusionbilling.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.DmnTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Decision_SlaTargets}, one row per documented case: renewals win over the payers' initial
 * targets (the renewal runs against the payer's lead time), Medicare Advantage Part B drug requests
 * follow 42 CFR 422.568(b)(3) (72 hours) and 422.572(a)(2) (24 hours expedited), and an expedited
 * request anywhere else gets the 72-hour urgent-care clock.
 */
class SlaTargetsDecisionTest {
  static final String DMN = "bpmn/Decision_SlaTargets.dmn";

  @ParameterizedTest(name = "{0} {1} {2} expedited={3}: escalate {4}, follow up {5}")
  @CsvSource({
    // issue 14: an Acme renewal escalated at 15 days against a 21-day lead time
    "COMMERCIAL_ACME, COMMERCIAL, RENEWAL, false, P7D, P10D",
    "COMMERCIAL_SUMMIT, COMMERCIAL, RENEWAL, false, P7D, P10D",
    // Medicaid's own target (3 days) is tighter than the renewal one, and stays
    "MEDICAID_EXAMPLE, MEDICAID, RENEWAL, false, P3D, P5D",
    "COMMERCIAL_ACME, COMMERCIAL, INITIAL, false, P15D, P20D",
    "COMMERCIAL_SUMMIT, COMMERCIAL, INITIAL, false, P10D, P14D",
    "MEDICAID_EXAMPLE, MEDICAID, INITIAL, false, P3D, P5D",
    "MEDICARE_PART_B, MEDICARE_PART_B, INITIAL, false, P14D, P21D",
    // 42 CFR 422.568(b)(3): Part B drug, standard, 72 hours; renewals are Part B drug requests too
    "MEDICARE_ADVANTAGE_EXAMPLE, MEDICARE_ADVANTAGE, INITIAL, false, PT72H, PT76H",
    "MEDICARE_ADVANTAGE_EXAMPLE, MEDICARE_ADVANTAGE, RENEWAL, false, PT72H, PT76H",
    "ANOTHER_MA_PLAN, MEDICARE_ADVANTAGE, INITIAL, false, PT72H, PT76H",
    // 42 CFR 422.572(a)(2): Part B drug, expedited, 24 hours
    "MEDICARE_ADVANTAGE_EXAMPLE, MEDICARE_ADVANTAGE, INITIAL, true, PT24H, PT26H",
    "MEDICARE_ADVANTAGE_EXAMPLE, MEDICARE_ADVANTAGE, RENEWAL, true, PT24H, PT26H",
    // 29 CFR 2560.503-1(f)(2)(i) urgent care; 42 CFR 438.210(d)(2) Medicaid managed care
    "COMMERCIAL_ACME, COMMERCIAL, INITIAL, true, PT72H, PT76H",
    "COMMERCIAL_SUMMIT, COMMERCIAL, RENEWAL, true, PT72H, PT76H",
    "MEDICAID_EXAMPLE, MEDICAID, INITIAL, true, PT72H, PT76H",
  })
  void targets(
      String payerId,
      String payerType,
      String requestType,
      boolean expedited,
      String reminderAfter,
      String followUpAfter) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("payerId", payerId);
    vars.put("payerType", payerType);
    vars.put("requestType", requestType);
    vars.put("expedited", expedited);

    assertThat(DmnTables.evaluate(DMN, "Decision_SlaTargets", vars))
        .containsEntry("reminderAfter", reminderAfter)
        .containsEntry("followUpAfter", followUpAfter);
  }

  @Test
  void withoutTheExpeditedFlagARequestIsStandard() {
    assertThat(
            DmnTables.evaluate(
                DMN,
                "Decision_SlaTargets",
                Map.of(
                    "payerId", "COMMERCIAL_ACME",
                    "payerType", "COMMERCIAL",
                    "requestType", "RENEWAL")))
        .containsEntry("reminderAfter", "P7D");
  }

  @Test
  void everyRuleNamesTheRequestType() throws Exception {
    String xml = Files.readString(Path.of(DMN));
    var rules = Pattern.compile("<rule id=\"([^\"]+)\">(.*?)</rule>", Pattern.DOTALL).matcher(xml);
    int count = 0;
    while (rules.find()) {
      count++;
      var entry =
          Pattern.compile("InputEntry_SlaTargets_\\d+_RequestType\"><text>([^<]*)</text>")
              .matcher(rules.group(2));
      assertThat(entry.find()).as(rules.group(1) + " has a request-type entry").isTrue();
      assertThat(entry.group(1)).as(rules.group(1) + " request type").isNotEqualTo("-");
    }
    assertThat(count).isGreaterThan(5);
  }
}
