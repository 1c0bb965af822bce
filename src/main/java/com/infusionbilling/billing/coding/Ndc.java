package com.infusionbilling.billing.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * NDC normalisation to the 11-digit 5-4-2 form used in loop 2410 LIN03. A 10-digit NDC is padded
 * with a leading zero in the short segment: 4-4-2 pads the labeler, 5-3-2 the product, 5-4-1 the
 * package (FDA NDC format; 50242-150-01 → 50242-0150-01). Without hyphens a 10-digit NDC is
 * ambiguous; it is resolved only when exactly one of its three 11-digit forms is in the catalogue.
 */
public final class Ndc {
  private Ndc() {}

  /** The outcome: {@code ndc11} when valid, otherwise {@code problem}. */
  public record Normalized(String ndc11, String how, String problem) {
    public boolean valid() {
      return ndc11 != null;
    }

    static Normalized ok(String ndc11, String how) {
      return new Normalized(ndc11, how, null);
    }

    static Normalized invalid(String problem) {
      return new Normalized(null, null, problem);
    }
  }

  /**
   * Normalises an NDC as written to 11 digits.
   *
   * @param known whether an 11-digit NDC is in the catalogue (used only for 10 digits without
   *     hyphens)
   */
  public static Normalized normalize(String raw, Predicate<String> known) {
    if (raw == null || raw.isBlank()) {
      return Normalized.invalid("NDC is missing");
    }
    String text = raw.trim();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '-') {
        return Normalized.invalid(
            "NDC '" + text + "' has characters other than digits and hyphens");
      }
    }
    if (text.indexOf('-') >= 0) {
      String[] parts = text.split("-", -1);
      if (parts.length != 3) {
        return Normalized.invalid("NDC '" + text + "' does not have three segments");
      }
      String shape = parts[0].length() + "-" + parts[1].length() + "-" + parts[2].length();
      return switch (shape) {
        case "5-4-2" -> Normalized.ok(parts[0] + parts[1] + parts[2], "5-4-2 as written");
        case "4-4-2" ->
            Normalized.ok("0" + parts[0] + parts[1] + parts[2], "4-4-2: labeler padded");
        case "5-3-2" ->
            Normalized.ok(parts[0] + "0" + parts[1] + parts[2], "5-3-2: product padded");
        case "5-4-1" ->
            Normalized.ok(parts[0] + parts[1] + "0" + parts[2], "5-4-1: package padded");
        default ->
            Normalized.invalid(
                "NDC '"
                    + text
                    + "' has segments "
                    + shape
                    + "; expected 5-4-2, 4-4-2, 5-3-2 or 5-4-1");
      };
    }
    if (text.length() == 11) {
      return Normalized.ok(text, "11 digits as written");
    }
    if (text.length() != 10) {
      return Normalized.invalid(
          "NDC '" + text + "' has " + text.length() + " digits; expected 10 or 11");
    }
    List<String> candidates = new ArrayList<>(3);
    String[] forms = {
      "0" + text,
      text.substring(0, 5) + "0" + text.substring(5),
      text.substring(0, 9) + "0" + text.substring(9)
    };
    String[] shapes = {"4-4-2", "5-3-2", "5-4-1"};
    String how = null;
    for (int i = 0; i < forms.length; i++) {
      if (known.test(forms[i])) {
        candidates.add(forms[i]);
        how =
            "10 digits without hyphens, read as " + shapes[i] + " (the only form in the catalogue)";
      }
    }
    if (candidates.size() == 1) {
      return Normalized.ok(candidates.get(0), how);
    }
    return Normalized.invalid(
        candidates.isEmpty()
            ? "10-digit NDC '"
                + text
                + "' without hyphens is ambiguous and none of its 11-digit forms is in the catalogue; write it with hyphens"
            : "10-digit NDC '"
                + text
                + "' without hyphens matches several catalogue NDCs "
                + candidates
                + "; write it with hyphens");
  }
}
