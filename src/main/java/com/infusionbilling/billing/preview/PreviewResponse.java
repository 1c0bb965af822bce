package com.infusionbilling.billing.preview;

import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.pricing.ExpectedPayment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** The coded, priced and scrubbed encounter. */
public record PreviewResponse(List<Line> lines, List<Edit> edits, ExpectedPayment expectedPayment) {

  /**
   * A claim line.
   *
   * @param ndc 11-digit NDC without hyphens (loop 2410 LIN03), drug lines only
   * @param ndcQuantity loop 2410 CTP04
   * @param ndcUnit loop 2410 CTP05-1: UN, ML, GR, ME or F2
   * @param charge the line's charge from the chargemaster (units × charge per unit, rounded to
   *     cents; SV102 on the 837P, SV203 on the 837I), the same for every payer; null when the
   *     chargemaster has none (edit CHARGE_MISSING)
   * @param explanation one line: how the code, units and charge were derived
   * @param ruleId the rule that produced the line
   * @param revenueCode institutional claims: 0260 administration, 0636 drugs; null otherwise
   * @param expectedAllowed what the payer is expected to allow for the line: units × the payer's
   *     rate (contract, fee schedule or ASP payment limit), capped at the charge where the payer
   *     applies lesser-of logic; null when the payer has no rate (edit RATE_MISSING). Lines
   *     expected to deny keep it but are left out of the expected payment
   */
  public record Line(
      @Schema(example = "J1745") String code,
      @Schema(example = "37") int units,
      List<String> modifiers,
      String ndc,
      BigDecimal ndcQuantity,
      String ndcUnit,
      BigDecimal charge,
      String explanation,
      @Schema(example = "drug-units") String ruleId,
      String revenueCode,
      List<Integer> diagnosisPointers,
      @Schema(description = "The payer's expected allowed amount for the line (optional)")
          BigDecimal expectedAllowed) {}
}
