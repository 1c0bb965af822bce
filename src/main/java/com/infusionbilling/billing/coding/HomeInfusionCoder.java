package com.infusionbilling.billing.coding;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Home infusion (site of care HOME, issue 15 item 8). A home visit never produces the office and
 * facility administration codes 96360–96549. What it produces depends on the payer:
 *
 * <ul>
 *   <li>Commercial payers that pay home infusion per diem: the drug's per-diem S-code (S9338
 *       immunotherapy, S9359 anti-TNF …) once for the day, and the nursing visit 99601 (up to 2
 *       hours) plus 99602 for each additional hour (a unit once more than 30 minutes of the hour
 *       are used, the CPT time rule).
 *   <li>Medicare Part B: only intravenous immune globulin for primary immune deficiency (Medicare
 *       Benefit Policy Manual ch. 15 §50.6; the home IVIG items and services benefit from
 *       2024-01-01, Medicare Claims Processing Manual ch. 20 §213): the drug plus Q2052 (services,
 *       supplies and accessories), billed to the DME MAC on a professional claim, its units the
 *       visit length in 15-minute increments (informational: one bundled payment per
 *       administration).
 *   <li>Anything else is an ERROR edit: no code is guessed.
 * </ul>
 */
public final class HomeInfusionCoder {
  private HomeInfusionCoder() {}

  /** ICD-10-CM codes of primary immune deficiency, Medicare Benefit Policy Manual ch. 15 §50.6. */
  public static final Set<String> PIDD_DIAGNOSES =
      Set.of(
          "G113", "D800", "D802", "D803", "D804", "D805", "D806", "D807", "D810", "D811", "D812",
          "D815", "D816", "D817", "D8189", "D819", "D820", "D821", "D824", "D830", "D831", "D832",
          "D838", "D839");

  /** Every code this coder can produce. */
  public static final Set<String> CODES = Set.of("99601", "99602", "Q2052", "S9338", "S9359");

  /** Who pays the home visit. */
  public enum HomePayer {
    /** Medicare Part B (fee-for-service). */
    MEDICARE_PART_B,
    /** A payer that pays home infusion per diem plus nursing visits. */
    PER_DIEM,
    /** A payer without a home infusion rule here. */
    NONE
  }

  /**
   * What the coder needs beyond the records.
   *
   * @param perDiemHcpcs per drug HCPCS: its home infusion per-diem S-code, when it has one
   * @param immuneGlobulinHcpcs the drugs that are intravenous immune globulin
   * @param diagnosisCodes the claim's ICD-10-CM codes, or null when the request gave none
   */
  public record Context(
      ClaimType claimType,
      HomePayer payer,
      String payerLabel,
      Map<String, String> perDiemHcpcs,
      Set<String> immuneGlobulinHcpcs,
      List<String> diagnosisCodes) {}

  public static AdministrationCoder.Result code(
      List<AdministrationRecord> records, List<String> drugHcpcs, Context ctx) {
    List<CodedLine> lines = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    Set<String> drugs = new java.util.LinkedHashSet<>(drugHcpcs);
    for (AdministrationRecord r : records) {
      if (r.drugHcpcs() != null) {
        drugs.add(r.drugHcpcs());
      }
    }
    if (ctx.claimType() != ClaimType.PROFESSIONAL) {
      edits.add(
          Edit.error(
              "HOME_INFUSION_NOT_COVERED",
              "site of care HOME on an institutional claim (837I): home infusion is billed here on"
                  + " a professional claim (per diem and nursing visits, or Medicare home IVIG to"
                  + " the DME MAC, Claims Processing Manual ch. 20 §213); home health agency claims"
                  + " are not modelled, so no administration code is billed"));
      return new AdministrationCoder.Result(lines, edits);
    }
    if (ctx.payer() == HomePayer.NONE) {
      edits.add(
          Edit.error(
              "HOME_INFUSION_NOT_COVERED",
              "site of care HOME: "
                  + ctx.payerLabel()
                  + " has no home infusion rule here (no per-diem S-codes, not Medicare home IVIG),"
                  + " so no administration code is billed; office and facility codes 96360-96549"
                  + " never apply at home: code the visit by hand from the payer's home infusion"
                  + " policy"));
      return new AdministrationCoder.Result(lines, edits);
    }
    if (ctx.payer() == HomePayer.MEDICARE_PART_B) {
      codeMedicareIvig(records, drugs, ctx, lines, edits);
      return new AdministrationCoder.Result(lines, edits);
    }
    codePerDiem(records, drugs, ctx, lines, edits);
    return new AdministrationCoder.Result(lines, edits);
  }

  private static void codeMedicareIvig(
      List<AdministrationRecord> records,
      Set<String> drugs,
      Context ctx,
      List<CodedLine> lines,
      List<Edit> edits) {
    List<String> notIvig = new ArrayList<>();
    for (String d : drugs) {
      if (!ctx.immuneGlobulinHcpcs().contains(d)) {
        notIvig.add(d);
      }
    }
    if (!notIvig.isEmpty() || drugs.isEmpty()) {
      edits.add(
          Edit.error(
              "HOME_INFUSION_NOT_COVERED",
              "site of care HOME, Medicare Part B: "
                  + (drugs.isEmpty() ? "no drug given" : String.join(", ", notIvig) + " given")
                  + "; Medicare Part B covers drug administration at home only for intravenous"
                  + " immune globulin for primary immune deficiency (Benefit Policy Manual ch. 15"
                  + " §50.6; home IVIG items and services, Claims Processing Manual ch. 20 §213);"
                  + " no administration code is billed"));
      return;
    }
    if (ctx.diagnosisCodes() == null || ctx.diagnosisCodes().isEmpty()) {
      edits.add(
          Edit.error(
              "HOME_IVIG_DIAGNOSIS_REQUIRED",
              "site of care HOME, Medicare Part B: home IVIG is covered only for primary immune"
                  + " deficiency (Benefit Policy Manual ch. 15 §50.6); give the claim's diagnosisCodes"
                  + " so the PIDD diagnosis can be checked"));
      return;
    }
    String pidd = null;
    for (String dx : ctx.diagnosisCodes()) {
      String code = dx.replace(".", "").toUpperCase(java.util.Locale.ROOT);
      if (PIDD_DIAGNOSES.contains(code)) {
        pidd = dx;
        break;
      }
    }
    if (pidd == null) {
      edits.add(
          Edit.error(
              "HOME_INFUSION_NOT_COVERED",
              "site of care HOME, Medicare Part B: none of "
                  + String.join(", ", ctx.diagnosisCodes())
                  + " is a primary immune deficiency diagnosis (G11.3, D80.0-D83.9 as listed in"
                  + " Benefit Policy Manual ch. 15 §50.6), so home IVIG is not covered"));
      return;
    }
    Visit visit = visit(records, edits);
    if (visit == null) {
      return;
    }
    long minutes = visit.minutes;
    int units = Math.max(1, (int) ((minutes + 7) / 15));
    lines.add(
        line(
            "Q2052",
            units,
            RuleIds.HOME_IVIG_BUNDLE,
            "home IVIG visit "
                + visit.timing
                + " for primary immune deficiency ("
                + pidd
                + "): Q2052 services, supplies and accessories for home IVIG, one bundled payment"
                + " per administration (Claims Processing Manual ch. 20 §213; Benefit Policy Manual"
                + " ch. 15 §50.6); units report the visit length in 15-minute increments (rounded to"
                + " the nearest 15 minutes, at least 1; DME MAC IVIG billing guidance) -> Q2052 ×"
                + units
                + "; no 99601/99602 or 963xx (the bundle includes the nursing)",
            visit));
  }

  private static void codePerDiem(
      List<AdministrationRecord> records,
      Set<String> drugs,
      Context ctx,
      List<CodedLine> lines,
      List<Edit> edits) {
    Map<String, String> perDiems = new LinkedHashMap<>();
    List<String> uncovered = new ArrayList<>();
    for (String d : drugs) {
      String s = ctx.perDiemHcpcs().get(d);
      if (s == null) {
        uncovered.add(d);
      } else {
        perDiems.putIfAbsent(s, d);
      }
    }
    if (!uncovered.isEmpty() || drugs.isEmpty()) {
      edits.add(
          Edit.error(
              "HOME_INFUSION_NOT_COVERED",
              "site of care HOME, "
                  + ctx.payerLabel()
                  + ": "
                  + (drugs.isEmpty()
                      ? "no drug given"
                      : "no home infusion per-diem code for " + String.join(", ", uncovered))
                  + "; the per diem is not guessed: code it by hand from the payer's home infusion"
                  + " policy"));
      if (perDiems.isEmpty()) {
        return;
      }
    }
    Visit visit = visit(records, edits);
    if (visit == null) {
      return;
    }
    for (Map.Entry<String, String> perDiem : perDiems.entrySet()) {
      lines.add(
          line(
              perDiem.getKey(),
              1,
              RuleIds.HOME_PER_DIEM,
              "home infusion of "
                  + perDiem.getValue()
                  + ": per-diem "
                  + perDiem.getKey()
                  + " ×1 for the day (HCPCS S-code: pharmacy services, supplies and equipment;"
                  + " drug and nursing billed separately; "
                  + ctx.payerLabel()
                  + " pays home infusion per diem)",
              visit));
    }
    lines.add(
        line(
            "99601",
            1,
            RuleIds.HOME_NURSING_VISIT,
            "home nursing visit "
                + visit.timing
                + ": CPT 99601 home infusion/specialty drug administration, per visit up to 2"
                + " hours -> 99601 ×1 (office and facility codes 96360-96549 never apply at home)",
            visit));
    long beyond = visit.minutes - 120;
    int additional = beyond >= 31 ? 1 + (int) ((beyond - 31) / 60) : 0;
    if (additional > 0) {
      lines.add(
          line(
              "99602",
              additional,
              RuleIds.HOME_NURSING_ADDITIONAL_HOUR,
              "home nursing visit of "
                  + visit.minutes
                  + " min - 120 for the first 2 hours = "
                  + beyond
                  + " min: CPT 99602 each additional hour, a unit once more than 30 minutes of the"
                  + " hour are used -> 99602 ×"
                  + additional,
              visit));
    }
  }

  private record Visit(long minutes, String timing, List<Integer> pointers, String source) {}

  /** The nursing visit: the first start to the last stop of the home administrations. */
  private static Visit visit(List<AdministrationRecord> records, List<Edit> edits) {
    LocalDateTime start = null;
    LocalDateTime stop = null;
    List<Integer> pointers = List.of();
    String source = null;
    for (AdministrationRecord r : records) {
      if (r.start() == null || r.stop() == null) {
        edits.add(
            Edit.error(
                "HOME_VISIT_TIME_MISSING",
                r.label()
                    + ": a home infusion visit needs start and stop times to bill the nursing"
                    + " visit; document them"));
        return null;
      }
      start = start == null || r.start().isBefore(start) ? r.start() : start;
      stop = stop == null || r.stop().isAfter(stop) ? r.stop() : stop;
      if (pointers.isEmpty()) {
        pointers = r.diagnosisPointers();
        source = r.label();
      }
    }
    if (start == null) {
      edits.add(
          Edit.error(
              "HOME_VISIT_TIME_MISSING",
              "site of care HOME: no administration documented, so there is no visit to bill"));
      return null;
    }
    long minutes = Duration.between(start, stop).toMinutes();
    return new Visit(
        minutes,
        "from " + start.toLocalTime() + " to " + stop.toLocalTime() + " (" + minutes + " min)",
        pointers,
        source);
  }

  private static CodedLine line(
      String code, int units, String ruleId, String explanation, Visit visit) {
    return new CodedLine(
        CodedLine.Kind.ADMINISTRATION,
        code,
        units,
        List.of(),
        null,
        null,
        null,
        ruleId,
        explanation,
        visit.source,
        visit.pointers);
  }
}
