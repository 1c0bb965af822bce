package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.preview.Part2Fixtures.admin;
import static com.infusionbilling.billing.preview.Part2Fixtures.drug;
import static com.infusionbilling.billing.preview.Part2Fixtures.preview;
import static com.infusionbilling.billing.preview.Part2Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.testing.X12Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 11: one NDC quantity convention per payer, and the golden 837P fixture (X12Samples,
 * src/test/resources/x12/golden/837P-infusion.x12) is what the engine computes for its payer. Acme
 * reports in the package's unit (UN per vial of powder, mL of a solution); Summit is metric (mL
 * when the package's volume is known).
 */
class NdcConventionPart2Test {

  static final List<PreviewRequest.Drug> REMICADE_365 =
      List.of(drug("J1745", "57894-030-01", "365", "100", 4));

  @Test
  void eachPayerHasItsConvention() {
    PreviewResponse acme =
        preview(request("COMMERCIAL_ACME", ClaimType.PROFESSIONAL, null, REMICADE_365, List.of()));
    assertThat(acme.lines())
        .extracting(l -> l.ndcQuantity().toPlainString() + " " + l.ndcUnit())
        .containsExactly("3.650 UN", "0.350 UN");
    assertThat(acme.lines().get(0).explanation())
        .contains("NDC quantity 3.65 UN (payer NDC convention: the package's unit)");
    // Summit: the same vials in mL (100 mg reconstituted to 10 mL: 365 mg = 36.5 mL)
    PreviewResponse summit =
        preview(
            request("COMMERCIAL_SUMMIT", ClaimType.PROFESSIONAL, null, REMICADE_365, List.of()));
    assertThat(summit.lines())
        .extracting(l -> l.ndcQuantity().toPlainString() + " " + l.ndcUnit())
        .containsExactly("36.500 ML", "3.500 ML");
    assertThat(summit.lines().get(0).explanation())
        .contains("NDC quantity 36.5 ML (payer NDC convention: metric)");
  }

  @Test
  void theGolden837PIsWhatTheEngineComputesForAcme() {
    PreviewResponse acme =
        preview(
            request(
                "COMMERCIAL_ACME",
                ClaimType.PROFESSIONAL,
                "a1",
                REMICADE_365,
                List.of(admin("a1", "IV_INFUSION - J1745 09:00-10:35"))));
    ProfessionalClaim golden = X12Samples.infliximabOfficeClaim("PCN0001", X12Samples.JANE);
    List<String> engine = new ArrayList<>();
    for (PreviewResponse.Line l : acme.lines()) {
      engine.add(
          l.code()
              + " "
              + l.modifiers()
              + " x"
              + l.units()
              + " $"
              + l.charge()
              + (l.ndc() == null
                  ? ""
                  : " NDC "
                      + l.ndc()
                      + " "
                      + l.ndcQuantity().stripTrailingZeros()
                      + " "
                      + l.ndcUnit()));
    }
    List<String> fixture = new ArrayList<>();
    for (ProfessionalServiceLine l : golden.lines()) {
      fixture.add(
          l.procedureCode()
              + " "
              + l.modifiers()
              + " x"
              + l.units().intValue()
              + " $"
              + l.charge()
              + (l.drug() == null
                  ? ""
                  : " NDC "
                      + l.drug().ndc11()
                      + " "
                      + l.drug().quantity().stripTrailingZeros()
                      + " "
                      + l.drug().unit()));
    }
    assertThat(fixture).isEqualTo(engine);
    assertThat(engine)
        .containsExactly(
            "J1745 [] x37 $3700.00 NDC 57894003001 3.65 UN",
            "J1745 [JW] x3 $300.00 NDC 57894003001 0.35 UN",
            "96365 [] x1 $250.00",
            "96366 [] x1 $135.00");
    // and the claim is filed as a commercial one
    assertThat(golden.claimFilingIndicator()).isEqualTo("CI");
  }
}
