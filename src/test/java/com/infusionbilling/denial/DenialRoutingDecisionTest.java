package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.DmnTables;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Decision_DenialRouting}, one row per route issue 17 item 3 lists (and the rows around
 * them): the codes and facts in, the action, the group and the work deadline out.
 */
class DenialRoutingDecisionTest {
  static final String DMN = "bpmn/Decision_DenialRouting.dmn";

  @ParameterizedTest(name = "{0}-{1} {2} {3} {4} {5} auth={6} abn={7} jwjz={8} +{9}d: {10}")
  @CsvSource({
    // group, carc, rarcs, payer type, claim type, line kind, auth, abn, jw/jz, days -> route
    "CO, 45, '', COMMERCIAL, 837P, DRUG, true, false, false, 20, INFO_ONLY, billing, 0, REMITTANCE",
    "CO, 253, '', MEDICARE_PART_B, 837P, DRUG, true, false, false, 20, INFO_ONLY, billing, 0,"
        + " REMITTANCE",
    "PR, 1, '', MEDICARE_PART_B, 837P, DRUG, true, false, false, 20, BILL_PATIENT, billing, 30,"
        + " REMITTANCE",
    "PR, 2, '', COMMERCIAL, 837P, DRUG, true, false, false, 20, BILL_PATIENT, billing, 30,"
        + " REMITTANCE",
    "PR, 3, '', COMMERCIAL, 837I, CLAIM, true, false, false, 20, BILL_PATIENT, billing, 30,"
        + " REMITTANCE",
    // CO-197/CO-15 with no authorization on file -> retro authorization, 60 days from service
    "CO, 197, '', COMMERCIAL, 837P, DRUG, false, false, false, 25, RETRO_AUTH, authorization, 60,"
        + " SERVICE",
    "CO, 15, '', MEDICARE_ADVANTAGE, 837P, DRUG, false, false, false, 60, RETRO_AUTH,"
        + " authorization, 60, SERVICE",
    // the retro window has closed
    "CO, 197, '', COMMERCIAL, 837P, DRUG, false, false, false, 61, WRITE_OFF, managers, 30,"
        + " REMITTANCE",
    // CO-197 with an authorization on file -> corrected claim adding REF*G1
    "CO, 197, '', COMMERCIAL, 837P, DRUG, true, false, false, 25, CORRECTED_CLAIM, billing, 30,"
        + " REMITTANCE",
    "CO, 15, '', COMMERCIAL, 837P, DRUG, true, false, false, 25, CORRECTED_CLAIM, billing, 30,"
        + " REMITTANCE",
    "CO, 198, '', COMMERCIAL, 837P, DRUG, true, false, false, 25, RETRO_AUTH, authorization, 60,"
        + " SERVICE",
    // CO-16 + M119 on a Medicare Part B 837P -> new claim, frequency 1
    "CO, 16, 'M119', MEDICARE_PART_B, 837P, DRUG, true, false, false, 25, NEW_CLAIM, billing, 30,"
        + " REMITTANCE",
    "CO, 16, 'N211 M119', MEDICARE_PART_B, 837P, DRUG, true, false, false, 25, NEW_CLAIM,"
        + " billing, 30, REMITTANCE",
    "CO, 16, 'M119', MEDICARE_PART_B, 837I, DRUG, true, false, false, 25, CORRECTED_CLAIM,"
        + " billing, 30, REMITTANCE",
    "CO, 16, 'M119', COMMERCIAL, 837P, DRUG, true, false, false, 25, CORRECTED_CLAIM, billing,"
        + " 30, REMITTANCE",
    // CO-4 on a JW/JZ line: Medicare Part B 837P reopening, others a corrected claim
    "CO, 4, '', MEDICARE_PART_B, 837P, DRUG, true, false, true, 25, REOPENING, billing, 30,"
        + " REMITTANCE",
    "CO, 4, '', MEDICARE_ADVANTAGE, 837P, DRUG, true, false, true, 25, CORRECTED_CLAIM, billing,"
        + " 30, REMITTANCE",
    "CO, 4, '', MEDICARE_PART_B, 837I, DRUG, true, false, true, 25, CORRECTED_CLAIM, billing, 30,"
        + " REMITTANCE",
    // CO-50/CO-151 -> appeal; CO-50 with an ABN -> write-off; PR-50/PR-96 with an ABN -> patient
    "CO, 50, '', MEDICARE_PART_B, 837P, DRUG, true, false, false, 25, APPEAL, appeals, 30,"
        + " REMITTANCE",
    "CO, 50, '', MEDICARE_PART_B, 837P, DRUG, true, true, false, 25, WRITE_OFF, managers, 30,"
        + " REMITTANCE",
    "CO, 151, '', COMMERCIAL, 837P, DRUG, true, false, false, 25, APPEAL, appeals, 30, REMITTANCE",
    "PR, 50, '', MEDICARE_PART_B, 837P, DRUG, true, true, false, 25, BILL_PATIENT, billing, 30,"
        + " REMITTANCE",
    "PR, 96, '', MEDICARE_PART_B, 837P, DRUG, true, true, false, 25, BILL_PATIENT, billing, 30,"
        + " REMITTANCE",
    "PR, 50, '', MEDICARE_PART_B, 837P, DRUG, true, false, false, 25, APPEAL, appeals, 30,"
        + " REMITTANCE",
    // CO-97 on an administration line -> coding review
    "CO, 97, '', COMMERCIAL, 837P, ADMINISTRATION, true, false, false, 25, CODING_REVIEW, coding,"
        + " 30, REMITTANCE",
    "OA, 97, '', COMMERCIAL, 837P, DRUG, true, false, false, 25, CODING_REVIEW, coding, 30,"
        + " REMITTANCE",
    // CO-109/CO-22 -> COB update and re-verification
    "CO, 109, '', COMMERCIAL, 837P, CLAIM, true, false, false, 25, COB_UPDATE, intake, 30,"
        + " REMITTANCE",
    "OA, 22, '', COMMERCIAL, 837P, CLAIM, true, false, false, 25, COB_UPDATE, intake, 30,"
        + " REMITTANCE",
    // CO-29 (+N211) -> manager write-off, no appeal
    "CO, 29, 'N211', MEDICARE_PART_B, 837P, CLAIM, true, false, false, 400, WRITE_OFF, managers,"
        + " 30, REMITTANCE",
    "OA, 18, '', COMMERCIAL, 837P, CLAIM, true, false, false, 25, VERIFY_ORIGINAL, billing, 30,"
        + " REMITTANCE",
    // no rule for the code: billing reviews it
    "CO, 11, '', COMMERCIAL, 837P, DRUG, true, false, false, 25, REVIEW, billing, 30, REMITTANCE",
  })
  void routes(
      String group,
      String carc,
      String rarcs,
      String payerType,
      String claimType,
      String lineKind,
      boolean authorizationOnFile,
      boolean abnOnFile,
      boolean jwJzOnLine,
      int daysSinceService,
      String action,
      String workGroup,
      int deadlineDays,
      String deadlineFrom) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("groupCode", group);
    vars.put("carc", carc);
    vars.put("rarcs", rarcs.isBlank() ? List.of() : Arrays.asList(rarcs.trim().split("\\s+")));
    vars.put("payerType", payerType);
    vars.put("claimType", claimType);
    vars.put("lineKind", lineKind);
    vars.put("authorizationOnFile", authorizationOnFile);
    vars.put("abnOnFile", abnOnFile);
    vars.put("jwJzOnLine", jwJzOnLine);
    vars.put("daysSinceService", daysSinceService);

    Map<String, Object> route = DmnTables.evaluate(DMN, "Decision_DenialRouting", vars);
    assertThat(route)
        .containsEntry("action", action)
        .containsEntry("workGroup", workGroup)
        .containsEntry("deadlineFrom", deadlineFrom);
    assertThat(((Number) route.get("deadlineDays")).intValue()).isEqualTo(deadlineDays);
    assertThat((String) route.get("rule")).isNotBlank();
  }
}
