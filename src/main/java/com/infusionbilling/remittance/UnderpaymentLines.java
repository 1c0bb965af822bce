package com.infusionbilling.remittance;

import java.math.BigDecimal;
import java.util.List;

/** Expected against paid per line, as one text "Review underpayment" shows read-only. */
final class UnderpaymentLines {
  private UnderpaymentLines() {}

  static String text(List<RemittancePosting.LineComparison> lines) {
    StringBuilder sb = new StringBuilder();
    for (RemittancePosting.LineComparison l : lines) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append("Line ")
          .append(l.lineNumber())
          .append(' ')
          .append(l.code())
          .append(": expected $")
          .append(money(l.expectedAllowed()))
          .append(", payer allowed $")
          .append(money(l.payerAllowed()))
          .append(", paid $")
          .append(money(l.paid()));
      if (l.denied()) {
        sb.append(" (denied: in denial management)");
      } else if (l.shortfall().signum() > 0) {
        sb.append(", short $").append(money(l.shortfall()));
      }
    }
    return sb.toString();
  }

  private static String money(BigDecimal b) {
    return b == null ? "?" : b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
