package com.infusionbilling.remittance;

import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.ProviderAdjustment;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.ServicePayment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 835's balancing rules (005010X221A1 section 1.10.2.1), checked before anything is posted: an
 * 835 that does not balance cannot be posted line by line and is quarantined with the first rule it
 * breaks. Problems name positions and amounts, never patients.
 */
final class RemittanceBalance {
  private RemittanceBalance() {}

  /** What is wrong with the 835, in order; empty when it can be posted. */
  static List<String> problems(Remittance r) {
    List<String> out = new ArrayList<>();
    if (r.traceNumber() == null || r.traceNumber().isBlank()) {
      out.add("TRN02 (the payment's trace number) is missing");
    }
    if (r.totalPaid() == null) {
      out.add("BPR02 (the payment amount) is missing");
    }
    BigDecimal sumPaid = BigDecimal.ZERO;
    int n = 0;
    for (ClaimPayment c : r.claims()) {
      n++;
      String at = "CLP #" + n;
      if (c.patientControlNumber() == null || c.patientControlNumber().isBlank()) {
        out.add(at + ": CLP01 (our patient control number) is missing");
      }
      if (c.statusCode() == null || c.charge() == null || c.paid() == null) {
        out.add(at + ": CLP02, CLP03 and CLP04 are required");
        continue;
      }
      sumPaid = sumPaid.add(c.paid());
      BigDecimal adjusted = total(c.adjustments());
      int s = 0;
      for (ServicePayment sp : c.services()) {
        s++;
        if (sp.charge() == null || sp.paid() == null) {
          out.add(at + " SVC #" + s + ": SVC02 and SVC03 are required");
          continue;
        }
        BigDecimal lineAdjusted = total(sp.adjustments());
        if (sp.charge().subtract(sp.paid()).compareTo(lineAdjusted) != 0) {
          out.add(
              at
                  + " SVC #"
                  + s
                  + ": charge "
                  + sp.charge().toPlainString()
                  + " - paid "
                  + sp.paid().toPlainString()
                  + " is not the sum of its CAS amounts ("
                  + lineAdjusted.toPlainString()
                  + ")");
        }
        adjusted = adjusted.add(lineAdjusted);
      }
      if (c.charge().subtract(c.paid()).compareTo(adjusted) != 0) {
        out.add(
            at
                + ": CLP03 "
                + c.charge().toPlainString()
                + " - CLP04 "
                + c.paid().toPlainString()
                + " is not the sum of its claim and line CAS amounts ("
                + adjusted.toPlainString()
                + ")");
      }
    }
    BigDecimal plb = BigDecimal.ZERO;
    for (ProviderAdjustment a : r.providerAdjustments()) {
      plb = plb.add(a.amount() == null ? BigDecimal.ZERO : a.amount());
    }
    if (r.totalPaid() != null && sumPaid.subtract(plb).compareTo(r.totalPaid()) != 0) {
      out.add(
          "BPR02 "
              + r.totalPaid().toPlainString()
              + " is not the sum of CLP04 ("
              + sumPaid.toPlainString()
              + ") less the PLB adjustments ("
              + plb.toPlainString()
              + ")");
    }
    return out;
  }

  private static BigDecimal total(List<Adjustment> adjustments) {
    BigDecimal t = BigDecimal.ZERO;
    for (Adjustment a : adjustments) {
      t = t.add(a.amount() == null ? BigDecimal.ZERO : a.amount());
    }
    return t;
  }
}
