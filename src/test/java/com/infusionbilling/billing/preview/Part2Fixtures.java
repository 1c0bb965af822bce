package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.TestReference.DOS;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.Route;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.billing.scrub.SiteOfCare;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared pieces of the issue 15 ("Billing rules, part 2") tests: requests built in one line and
 * responses flattened to one exact string per line, so each test states the whole output.
 */
final class Part2Fixtures {
  private Part2Fixtures() {}

  static final BillingEngine ENGINE = new BillingEngine(ZoneId.of("America/New_York"), 30);

  /** "route category-or-dash drug-or-dash HH:MM-HH:MM" with id and access site "left arm". */
  static PreviewRequest.Administration admin(String id, String spec) {
    String[] p = spec.split(" ");
    String[] times = p[3].split("-");
    return new PreviewRequest.Administration(
        id,
        Route.valueOf(p[0]),
        p[1].equals("-") ? null : DrugCategory.valueOf(p[1]),
        p[2].equals("-") ? null : p[2],
        DOS.atTime(LocalTime.parse(times[0])),
        times.length > 1 ? DOS.atTime(LocalTime.parse(times[1])) : null,
        "left arm",
        List.of(1));
  }

  static PreviewRequest.Drug drug(
      String hcpcs, String ndc, String amount, String containerSize, int containers) {
    return new PreviewRequest.Drug(
        hcpcs,
        ndc,
        new BigDecimal(amount),
        "mg",
        containers == 0
            ? List.of()
            : List.of(
                new PreviewRequest.Container(new BigDecimal(containerSize), "mg", containers)),
        true,
        List.of(1));
  }

  static PreviewRequest request(
      String payer,
      ClaimType type,
      String primaryAdministrationId,
      List<PreviewRequest.Drug> drugs,
      List<PreviewRequest.Administration> admins) {
    return request(payer, type, primaryAdministrationId, null, drugs, admins);
  }

  static PreviewRequest request(
      String payer,
      ClaimType type,
      String primaryAdministrationId,
      SiteOfCare site,
      List<PreviewRequest.Drug> drugs,
      List<PreviewRequest.Administration> admins) {
    return new PreviewRequest(
        payer, type, DOS, drugs, admins, null, site, DOS, primaryAdministrationId);
  }

  static PreviewResponse preview(PreviewRequest request) {
    return preview(request, TestReference.snapshot());
  }

  static PreviewResponse preview(PreviewRequest request, ReferenceSnapshot ref) {
    return ENGINE.preview(request, ref, DOS);
  }

  /**
   * "code xUnits [modifiers] charge/allowed rev" per line, e.g. "96365 x1 [] 250.00/50.00", with
   * the revenue code appended on institutional claims.
   */
  static List<String> lines(PreviewResponse response) {
    List<String> out = new ArrayList<>();
    for (PreviewResponse.Line l : response.lines()) {
      out.add(
          l.code()
              + " x"
              + l.units()
              + " "
              + l.modifiers()
              + " "
              + (l.charge() == null ? "-" : l.charge().toPlainString())
              + "/"
              + (l.expectedAllowed() == null ? "-" : l.expectedAllowed().toPlainString())
              + (l.revenueCode() == null ? "" : " rev " + l.revenueCode()));
    }
    return out;
  }

  /** "SEVERITY CODE" per edit. */
  static List<String> edits(PreviewResponse response) {
    List<String> out = new ArrayList<>();
    for (Edit e : response.edits()) {
      out.add(e.severity() + " " + e.code());
    }
    return out;
  }

  /** allowed / patient / payer. */
  static String payment(PreviewResponse response) {
    return response.expectedPayment().allowed().toPlainString()
        + " / "
        + response.expectedPayment().patientResponsibility().toPlainString()
        + " / "
        + response.expectedPayment().payerPayment().toPlainString();
  }
}
