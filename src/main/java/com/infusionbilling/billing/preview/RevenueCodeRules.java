package com.infusionbilling.billing.preview;

import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.billing.reference.RevenueCodes;
import java.util.Set;

/**
 * Revenue codes of institutional (837I) lines (NUBC UB-04 manual, FL 42): drugs 0636 (drugs
 * requiring detailed coding, with the NDC), chemotherapy administration 0335 (IV) or 0331
 * (injected), other administration 0260 (IV therapy); each payer may override them.
 */
final class RevenueCodeRules {
  private RevenueCodeRules() {}

  static final Set<String> CHEMOTHERAPY_IV = Set.of("96409", "96411", "96413", "96415", "96417");
  static final Set<String> CHEMOTHERAPY_INJECTED = Set.of("96401", "96402");

  private enum Kind {
    DRUG("drugs requiring detailed coding, with the NDC"),
    CHEMOTHERAPY_IV("chemotherapy administration, IV"),
    CHEMOTHERAPY_INJECTED("chemotherapy administration, injected"),
    OTHER("IV therapy");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    String code(RevenueCodes codes) {
      return switch (this) {
        case DRUG -> codes.drug();
        case CHEMOTHERAPY_IV -> codes.chemotherapyIv();
        case CHEMOTHERAPY_INJECTED -> codes.chemotherapyInjected();
        case OTHER -> codes.otherAdministration();
      };
    }
  }

  private static Kind kind(CodedLine line) {
    if (line.kind() == CodedLine.Kind.DRUG) {
      return Kind.DRUG;
    }
    if (CHEMOTHERAPY_IV.contains(line.code())) {
      return Kind.CHEMOTHERAPY_IV;
    }
    return CHEMOTHERAPY_INJECTED.contains(line.code()) ? Kind.CHEMOTHERAPY_INJECTED : Kind.OTHER;
  }

  static String of(CodedLine line, Payer payer) {
    return kind(line).code(payer.policy().revenueCodes());
  }

  static String explain(CodedLine line, Payer payer) {
    Kind kind = kind(line);
    String code = kind.code(payer.policy().revenueCodes());
    return "revenue code "
        + code
        + " ("
        + kind.label
        + (code.equals(kind.code(RevenueCodes.NUBC))
            ? "; NUBC UB-04 FL 42"
            : "; " + payer.payerId() + " revenue code setting")
        + ")";
  }
}
