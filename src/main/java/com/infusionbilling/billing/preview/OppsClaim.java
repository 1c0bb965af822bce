package com.infusionbilling.billing.preview;

import com.infusionbilling.billing.coding.CodedLine;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.reference.OppsStatus;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OPPS rules of one Medicare hospital outpatient claim (837I), from the status indicators of
 * the CMS OPPS Addendum B in force on the date of service: JW/JZ only on separately payable drugs
 * (G, K; CMS JW/JZ policy FAQ: packaged drugs get neither), and status N codes packaged (reported,
 * paid within the primary service, 42 CFR 419.2(b)).
 */
final class OppsClaim {
  /** Add-on administration codes packaged under OPPS (issue 15) when Addendum B has no row. */
  static final Set<String> PACKAGED_ADD_ON_ADMINISTRATION =
      Set.of("96361", "96366", "96367", "96368", "96375", "96415", "96417");

  private final ReferenceSnapshot ref;
  private final LocalDate serviceDate;
  private final Map<Integer, String> packaged = new LinkedHashMap<>();
  private final List<Edit> edits = new ArrayList<>();

  OppsClaim(ReferenceSnapshot ref, LocalDate serviceDate) {
    this.ref = ref;
    this.serviceDate = serviceDate;
    Optional<String> quarter = ref.oppsQuarter(serviceDate);
    if (quarter.isEmpty()) {
      edits.add(
          Edit.warning(
              "OPPS_QUARTER_NOT_LOADED",
              "No OPPS Addendum B is loaded for "
                  + serviceDate
                  + ": status indicators unknown, so drugs are coded as separately payable;"
                  + " import the CMS Addendum B (POST /api/reference/opps-addendum-b)"));
    } else if (ref.oppsStatus("96365", serviceDate)
            .map(s -> s.end().isBefore(serviceDate))
            .orElse(false)
        || quarter.get().startsWith("SEED")) {
      edits.add(
          Edit.warning(
              "OPPS_QUARTER_NOT_LOADED",
              "No OPPS Addendum B for the quarter of "
                  + serviceDate
                  + " is loaded; status indicators are taken from "
                  + quarter.get()
                  + "; import the current CMS Addendum B"));
    }
  }

  /**
   * Whether the drug is separately payable (JW/JZ apply); records a packaged drug line.
   *
   * @param lineIndex the index its administered line will have
   */
  boolean drugSeparatelyPayable(String hcpcs, int lineIndex) {
    Optional<OppsStatus> status = ref.oppsStatus(hcpcs, serviceDate);
    if (status.isEmpty()) {
      edits.add(
          Edit.warning(
                  "OPPS_STATUS_UNKNOWN",
                  hcpcs
                      + " has no row in the OPPS Addendum B in force on "
                      + serviceDate
                      + "; coded as a separately payable drug (JW/JZ)")
              .atLine(lineIndex));
      return true;
    }
    OppsStatus s = status.get();
    if (s.separatelyPayableDrug()) {
      return true;
    }
    packaged.put(
        lineIndex,
        "OPPS status indicator "
            + s.statusIndicator()
            + " (Addendum B "
            + s.quarter()
            + ")"
            + (s.packaged() ? ": packaged" : ": not a separately payable drug")
            + ", so neither JW nor JZ and no waste line (JW/JZ apply to separately payable drugs,"
            + " status indicator G or K, only: CMS JW/JZ policy FAQ)");
    return false;
  }

  /** Marks the packaged administration lines among the coded lines. */
  void administrationLines(List<CodedLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      CodedLine line = lines.get(i);
      if (line.kind() != CodedLine.Kind.ADMINISTRATION) {
        continue;
      }
      Optional<OppsStatus> status = ref.oppsStatus(line.code(), serviceDate);
      if (status.isPresent() && status.get().packaged()) {
        packaged.put(
            i,
            "OPPS status indicator N (Addendum B "
                + status.get().quarter()
                + "): packaged, reported without separate payment");
      } else if (status.isEmpty() && PACKAGED_ADD_ON_ADMINISTRATION.contains(line.code())) {
        packaged.put(
            i,
            "OPPS: add-on administration code without an Addendum B row, packaged (reported,"
                + " no separate payment)");
      }
    }
  }

  /** Indexes of packaged lines and why; a drug's JW line never exists when it is packaged. */
  Map<Integer, String> packaged() {
    return packaged;
  }

  List<Edit> edits() {
    return edits;
  }
}
