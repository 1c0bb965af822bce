package com.infusionbilling.billing.coding;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Administration codes (CPT 96360–96417) from the administration records of one encounter.
 *
 * <ul>
 *   <li>≤ 15 minutes is a push, ≥ 16 minutes an infusion; hydration needs ≥ 31 minutes, and
 *       hydration running at the same time as a drug infusion is not billed.
 *   <li>One initial code per encounter and access site, chosen by the hierarchy chemotherapy >
 *       therapeutic > hydration, then infusion > push > injection, not by clock order.
 *   <li>Additional hours (96415/96366/96361): one unit needs more than 30 minutes beyond the hour:
 *       ≥ 91 minutes gives 1, ≥ 151 gives 2, and so on. No stop time, no additional hours.
 *   <li>Sequential infusion of a new drug 96367 (chemotherapy 96417); concurrent infusion 96368
 *       once per encounter; pushes 96409/96411/96374/96375, and 96376 (same drug) on facility
 *       claims only; injections 96401/96402/96372.
 * </ul>
 */
public final class AdministrationCoder {
  private AdministrationCoder() {}

  /** Every code this coder can produce. */
  public static final Set<String> CODES =
      Set.of(
          "96360", "96361", "96365", "96366", "96367", "96368", "96372", "96374", "96375", "96376",
          "96401", "96402", "96409", "96411", "96413", "96415", "96417");

  /**
   * What the coder needs to know beyond the records.
   *
   * @param primaryAdministrationLabel professional claims: the label of the administration that is
   *     the primary reason for the encounter (CPT: the physician reports it as the initial
   *     service), or null to fall back to the hierarchy with a warning; ignored on facility claims
   */
  public record Context(
      LocalDate serviceDate,
      ClaimType claimType,
      ZoneId zone,
      MidnightRule midnightRule,
      Set<String> therapeuticCodingHcpcs,
      Set<String> hormonalAntineoplasticHcpcs,
      String primaryAdministrationLabel) {

    public Context(
        LocalDate serviceDate,
        ClaimType claimType,
        ZoneId zone,
        MidnightRule midnightRule,
        Set<String> therapeuticCodingHcpcs,
        Set<String> hormonalAntineoplasticHcpcs) {
      this(
          serviceDate,
          claimType,
          zone,
          midnightRule,
          therapeuticCodingHcpcs,
          hormonalAntineoplasticHcpcs,
          null);
    }
  }

  /** Lines and edits for the encounter's administrations. */
  public record Result(List<CodedLine> lines, List<Edit> edits) {}

  private enum Type {
    INFUSION,
    PUSH,
    INJECTION
  }

  private static final class Service {
    final AdministrationRecord rec;
    final int index;
    final DrugCategory category;
    final Type type;
    final Long minutes;
    final long startMinute;
    final long endMinute;
    final String timing;
    String note = "";

    Service(
        AdministrationRecord rec,
        int index,
        DrugCategory category,
        Type type,
        Long minutes,
        long startMinute,
        long endMinute,
        String timing) {
      this.rec = rec;
      this.index = index;
      this.category = category;
      this.type = type;
      this.minutes = minutes;
      this.startMinute = startMinute;
      this.endMinute = endMinute;
      this.timing = timing;
    }

    int rank() {
      return category.ordinal() * 3 + type.ordinal();
    }

    boolean hasInterval() {
      return minutes != null;
    }

    boolean overlaps(Service other) {
      return hasInterval()
          && other.hasInterval()
          && startMinute < other.endMinute
          && other.startMinute < endMinute;
    }
  }

  public static Result code(List<AdministrationRecord> records, Context ctx) {
    List<CodedLine> lines = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    List<Service> services = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      Service s = classify(records.get(i), i, ctx, edits);
      if (s != null) {
        services.add(s);
      }
    }
    services = new ArrayList<>(dropConcurrentHydration(services, edits));

    // Intravenous services are grouped by vascular access site, the site of the highest-ranked
    // service first; SC/IM injections have no vascular access site and are coded on their own.
    Map<String, List<Service>> bySite = new LinkedHashMap<>();
    List<Service> injections = new ArrayList<>();
    services.sort(SERVICE_ORDER);
    for (Service s : services) {
      if (s.type == Type.INJECTION) {
        injections.add(s);
      } else {
        bySite.computeIfAbsent(siteKey(s.rec.accessSite()), k -> new ArrayList<>()).add(s);
      }
    }
    List<List<Service>> sites = new ArrayList<>(bySite.values());
    if (ctx.claimType() == ClaimType.PROFESSIONAL && ctx.primaryAdministrationLabel() != null) {
      // the primary reason's access site carries the initial code without modifier 59
      for (int i = 0; i < sites.size(); i++) {
        for (Service s : sites.get(i)) {
          if (s.rec.label().equals(ctx.primaryAdministrationLabel())) {
            sites.add(0, sites.remove(i));
            break;
          }
        }
      }
    }
    boolean[] concurrentBilled = {false};
    boolean primarySite = true;
    for (List<Service> site : sites) {
      codeSite(site, primarySite, ctx, concurrentBilled, lines, edits);
      primarySite = false;
    }
    for (Service s : injections) {
      emitInjection(s, ctx, lines);
    }
    return new Result(lines, edits);
  }

  private static final Comparator<Service> SERVICE_ORDER =
      Comparator.comparingInt(Service::rank)
          .thenComparingLong(s -> s.rec.start() == null ? Long.MAX_VALUE : s.startMinute)
          .thenComparingInt(s -> s.index);

  private static String siteKey(String accessSite) {
    return accessSite == null ? "" : accessSite.trim().toUpperCase(Locale.ROOT);
  }

  private static Service classify(
      AdministrationRecord rec, int index, Context ctx, List<Edit> edits) {
    boolean intravenous = rec.route() == Route.IV_INFUSION || rec.route() == Route.IV_PUSH;
    if (intravenous && rec.start() == null) {
      edits.add(
          Edit.error(
              "ADMIN_TIME_MISSING",
              rec.label()
                  + ": no start time documented, so the IV administration cannot be coded; document start and stop times"));
      return null;
    }
    DrugCategory category = rec.category();
    String categoryNote = "";
    if (category == DrugCategory.CHEMOTHERAPY
        && rec.drugHcpcs() != null
        && ctx.therapeuticCodingHcpcs().contains(rec.drugHcpcs())) {
      category = DrugCategory.THERAPEUTIC;
      categoryNote =
          "; the payer codes " + rec.drugHcpcs() + " with therapeutic administration codes";
    }
    Long minutes = null;
    long startMinute = 0;
    long endMinute = 0;
    String timing = "";
    if (rec.start() != null) {
      ZonedDateTime start = rec.start().atZone(ctx.zone());
      startMinute = start.toEpochSecond() / 60;
      timing = " from " + rec.start().toLocalTime();
      if (rec.stop() != null) {
        ZonedDateTime stop = rec.stop().atZone(ctx.zone());
        if (rec.stop().toLocalDate().isAfter(rec.start().toLocalDate())
            && ctx.midnightRule() == MidnightRule.SPLIT_AT_MIDNIGHT) {
          ZonedDateTime midnight = rec.start().toLocalDate().plusDays(1).atStartOfDay(ctx.zone());
          long after = Duration.between(midnight, stop).toMinutes();
          stop = midnight;
          edits.add(
              Edit.warning(
                  "INFUSION_CROSSES_MIDNIGHT",
                  rec.label()
                      + " runs past midnight; the payer splits at midnight, so the "
                      + after
                      + " minutes after midnight belong to date of service "
                      + rec.start().toLocalDate().plusDays(1)
                      + " and are not counted here"));
          timing += " to midnight (split per payer)";
        } else {
          timing += " to " + rec.stop().toLocalTime();
          if (rec.stop().toLocalDate().isAfter(rec.start().toLocalDate())) {
            timing += " next day (counted on the start date per payer)";
          }
        }
        minutes = Duration.between(start, stop).toMinutes();
        endMinute = stop.toEpochSecond() / 60;
        timing += " (" + minutes + " min)";
      }
    }
    Type type;
    String typeNote = "";
    if (!intravenous) {
      type = Type.INJECTION;
    } else if (minutes != null) {
      type = minutes <= 15 ? Type.PUSH : Type.INFUSION;
      if (type == Type.PUSH && rec.route() == Route.IV_INFUSION) {
        typeNote = "; 15 minutes or less is coded as a push";
      } else if (type == Type.INFUSION && rec.route() == Route.IV_PUSH) {
        typeNote = "; 16 minutes or more is coded as an infusion";
      }
    } else {
      type = rec.route() == Route.IV_INFUSION ? Type.INFUSION : Type.PUSH;
      if (type == Type.INFUSION) {
        edits.add(
            Edit.error(
                "ADMIN_STOP_TIME_MISSING",
                rec.label()
                    + ": no stop time documented, so no additional-hour units are billed"
                    + (category == DrugCategory.HYDRATION
                        ? " and hydration (needs >= 31 minutes) cannot be billed"
                        : "")
                    + "; document the stop time"));
      }
    }
    if (category == DrugCategory.HYDRATION) {
      if (type != Type.INFUSION) {
        edits.add(
            Edit.warning(
                "HYDRATION_NOT_BILLABLE",
                rec.label()
                    + ": hydration by "
                    + (type == Type.PUSH ? "push (15 minutes or less)" : "injection")
                    + " is not billable; hydration is an infusion of at least 31 minutes"));
        return null;
      }
      if (minutes == null) {
        return null;
      }
      if (minutes < 31) {
        edits.add(
            Edit.warning(
                "HYDRATION_NOT_BILLABLE",
                rec.label()
                    + ": hydration of "
                    + minutes
                    + " minutes is not billable; it needs at least 31 minutes"));
        return null;
      }
    }
    Service s = new Service(rec, index, category, type, minutes, startMinute, endMinute, timing);
    s.note = categoryNote + typeNote;
    return s;
  }

  /** Removes hydration minutes that overlap a drug infusion; drops hydration left under 31 min. */
  private static List<Service> dropConcurrentHydration(List<Service> services, List<Edit> edits) {
    List<long[]> drugIntervals = new ArrayList<>();
    for (Service s : services) {
      if (s.category != DrugCategory.HYDRATION && s.type == Type.INFUSION && s.hasInterval()) {
        drugIntervals.add(new long[] {s.startMinute, s.endMinute});
      }
    }
    if (drugIntervals.isEmpty()) {
      return services;
    }
    drugIntervals.sort(Comparator.comparingLong(a -> a[0]));
    List<long[]> merged = new ArrayList<>();
    for (long[] interval : drugIntervals) {
      long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && interval[0] <= last[1]) {
        last[1] = Math.max(last[1], interval[1]);
      } else {
        merged.add(new long[] {interval[0], interval[1]});
      }
    }
    List<Service> kept = new ArrayList<>(services.size());
    for (Service s : services) {
      if (s.category != DrugCategory.HYDRATION) {
        kept.add(s);
        continue;
      }
      long overlap = 0;
      for (long[] m : merged) {
        overlap += Math.max(0, Math.min(s.endMinute, m[1]) - Math.max(s.startMinute, m[0]));
      }
      if (overlap == 0) {
        kept.add(s);
        continue;
      }
      long billable = s.minutes - overlap;
      if (billable < 31) {
        edits.add(
            Edit.warning(
                "HYDRATION_NOT_BILLABLE",
                s.rec.label()
                    + ": "
                    + overlap
                    + " of its "
                    + s.minutes
                    + " hydration minutes ran concurrently with a drug infusion and are not billable; the "
                    + billable
                    + " minutes left are under 31"));
        continue;
      }
      Service reduced =
          new Service(
              s.rec, s.index, s.category, s.type, billable, s.startMinute, s.endMinute, s.timing);
      reduced.note =
          s.note
              + "; "
              + overlap
              + " minutes concurrent with a drug infusion not counted, "
              + billable
              + " billable";
      kept.add(reduced);
    }
    return kept;
  }

  private static void codeSite(
      List<Service> site,
      boolean primarySite,
      Context ctx,
      boolean[] concurrentBilled,
      List<CodedLine> lines,
      List<Edit> edits) {
    List<Service> codedInfusions = new ArrayList<>();
    List<Service> codedDrugServices = new ArrayList<>();
    Service initial = null;
    String why = HIERARCHY;
    if (ctx.claimType() == ClaimType.PROFESSIONAL) {
      Service primary = null;
      for (Service s : site) {
        if (s.rec.label().equals(ctx.primaryAdministrationLabel())) {
          primary = s;
        }
      }
      if (primary != null) {
        site = new ArrayList<>(site);
        site.remove(primary);
        site.add(0, primary);
        why = PRIMARY_REASON;
      } else if (site.size() > 1) {
        why = HIERARCHY + "; professional claim without primaryAdministrationId";
        edits.add(
            Edit.warning(
                "INITIAL_SERVICE_BY_HIERARCHY",
                "professional claim: CPT has the physician report as initial the service that best"
                    + " describes the primary reason for the encounter, but no"
                    + " primaryAdministrationId names it, so the facility hierarchy chose "
                    + site.get(0).rec.label()
                    + " among "
                    + site.size()
                    + " services"
                    + (site.get(0).rec.accessSite() == null
                            || site.get(0).rec.accessSite().isBlank()
                        ? ""
                        : " at " + site.get(0).rec.accessSite().trim())
                    + "; give primaryAdministrationId if another one is the reason for the visit"));
      }
    }
    for (Service s : site) {
      if (initial == null) {
        initial = s;
        emitInitial(s, primarySite, why, ctx, lines);
      } else {
        emitSubsequent(s, ctx, concurrentBilled, codedInfusions, codedDrugServices, lines, edits);
      }
      if (s.type == Type.INFUSION && s.category != DrugCategory.HYDRATION) {
        codedInfusions.add(s);
      }
      if (s.category != DrugCategory.HYDRATION) {
        codedDrugServices.add(s);
      }
    }
  }

  private static final String[] CATEGORY_LABELS = {"chemotherapy ", "therapeutic ", "hydration "};
  private static final String[] TYPE_LABELS = {"IV infusion", "IV push", "SC/IM injection"};

  private static String describe(Service s) {
    StringBuilder sb = new StringBuilder(160);
    sb.append(s.rec.label())
        .append(": ")
        .append(CATEGORY_LABELS[s.category.ordinal()])
        .append(TYPE_LABELS[s.type.ordinal()]);
    if (s.rec.drugHcpcs() != null) {
      sb.append(" of ").append(s.rec.drugHcpcs());
    }
    sb.append(s.timing);
    if (s.rec.accessSite() != null && !s.rec.accessSite().isBlank()) {
      sb.append(" at ").append(s.rec.accessSite().trim());
    }
    return sb.append(s.note).toString();
  }

  private static final String HIERARCHY =
      "; the initial service of its access site by the hierarchy (chemotherapy > therapeutic >"
          + " hydration, infusion > push > injection; CPT infusion guidelines, facility reporting)";
  private static final String PRIMARY_REASON =
      "; the initial service: the primary reason for the encounter (primaryAdministrationId;"
          + " CPT infusion guidelines: physicians report as initial the service that best"
          + " describes the primary reason for the encounter, not by the hierarchy)";

  private static void emitInitial(
      Service s, boolean primarySite, String why, Context ctx, List<CodedLine> lines) {
    List<String> modifiers = primarySite ? List.of() : List.of("59");
    String siteNote =
        primarySite
            ? ""
            : "; separate vascular access site, so a second initial code with modifier 59";
    if (s.type == Type.PUSH) {
      String code = s.category == DrugCategory.CHEMOTHERAPY ? "96409" : "96374";
      lines.add(
          line(
              code,
              1,
              modifiers,
              RuleIds.ADMIN_PUSH_INITIAL,
              describe(s) + why + siteNote + " -> " + code + " ×1",
              s));
      return;
    }
    String initialCode;
    String addOnCode;
    String rule;
    String addRule;
    switch (s.category) {
      case CHEMOTHERAPY -> {
        initialCode = "96413";
        addOnCode = "96415";
        rule = RuleIds.ADMIN_INITIAL;
        addRule = RuleIds.ADMIN_ADDITIONAL_HOUR;
      }
      case THERAPEUTIC -> {
        initialCode = "96365";
        addOnCode = "96366";
        rule = RuleIds.ADMIN_INITIAL;
        addRule = RuleIds.ADMIN_ADDITIONAL_HOUR;
      }
      default -> {
        initialCode = "96360";
        addOnCode = "96361";
        rule = RuleIds.ADMIN_HYDRATION_INITIAL;
        addRule = RuleIds.ADMIN_HYDRATION_ADDITIONAL;
      }
    }
    lines.add(
        line(
            initialCode,
            1,
            modifiers,
            rule,
            describe(s) + why + siteNote + " -> " + initialCode + " ×1",
            s));
    emitAdditionalHours(s, addOnCode, addRule, lines);
  }

  /** Units for additional hours after the first: ≥ 91 min → 1, ≥ 151 → 2, … */
  public static int additionalHourUnits(long minutes) {
    return minutes >= 91 ? 1 + (int) ((minutes - 91) / 60) : 0;
  }

  /**
   * Units of 96361 for hydration that follows another initial service: ≥ 31 min → 1, ≥ 91 → 2, …
   */
  public static int secondaryHydrationUnits(long minutes) {
    return minutes >= 31 ? 1 + additionalHourUnits(minutes) : 0;
  }

  private static void emitAdditionalHours(
      Service s, String code, String rule, List<CodedLine> lines) {
    if (s.minutes == null) {
      return;
    }
    int units = additionalHourUnits(s.minutes);
    if (units == 0) {
      return;
    }
    lines.add(
        line(
            code,
            units,
            List.of(),
            rule,
            s.rec.label()
                + ": "
                + s.minutes
                + " min - 60 for the first hour = "
                + (s.minutes - 60)
                + " min beyond it; each additional hour needs more than 30 minutes (>= 91 min total = 1, >= 151 = 2) -> "
                + code
                + " ×"
                + units,
            s));
  }

  private static void emitSubsequent(
      Service s,
      Context ctx,
      boolean[] concurrentBilled,
      List<Service> codedInfusions,
      List<Service> codedDrugServices,
      List<CodedLine> lines,
      List<Edit> edits) {
    if (s.category == DrugCategory.HYDRATION) {
      int units = secondaryHydrationUnits(s.minutes);
      lines.add(
          line(
              "96361",
              units,
              List.of(),
              RuleIds.ADMIN_HYDRATION_ADDITIONAL,
              describe(s)
                  + "; hydration after another initial service is 96361: >= 31 min = 1, each further hour needs more than 30 minutes -> 96361 ×"
                  + units,
              s));
      return;
    }
    if (s.type == Type.INFUSION) {
      for (Service other : codedInfusions) {
        if (s.overlaps(other)) {
          if (concurrentBilled[0]) {
            edits.add(
                Edit.warning(
                    "CONCURRENT_ONCE_PER_ENCOUNTER",
                    s.rec.label()
                        + " runs concurrently with "
                        + other.rec.label()
                        + ", but 96368 is billed once per encounter and already is"));
          } else {
            concurrentBilled[0] = true;
            lines.add(
                line(
                    "96368",
                    1,
                    List.of(),
                    RuleIds.ADMIN_CONCURRENT,
                    describe(s)
                        + "; runs at the same time as "
                        + other.rec.label()
                        + " -> concurrent infusion 96368 ×1 (once per encounter)",
                    s));
          }
          return;
        }
      }
      for (Service other : codedInfusions) {
        if (s.rec.drugHcpcs() != null && s.rec.drugHcpcs().equals(other.rec.drugHcpcs())) {
          edits.add(
              Edit.warning(
                  "SEQUENTIAL_SAME_DRUG",
                  s.rec.label()
                      + " infuses "
                      + s.rec.drugHcpcs()
                      + " again after "
                      + other.rec.label()
                      + "; a sequential infusion code needs a new drug, so it is not coded separately"));
          return;
        }
      }
      String code = s.category == DrugCategory.CHEMOTHERAPY ? "96417" : "96367";
      String addOn = s.category == DrugCategory.CHEMOTHERAPY ? "96415" : "96366";
      lines.add(
          line(
              code,
              1,
              List.of(),
              RuleIds.ADMIN_SEQUENTIAL,
              describe(s)
                  + "; not the initial service of its site, a new drug in sequence -> "
                  + code
                  + " ×1",
              s));
      emitAdditionalHours(s, addOn, RuleIds.ADMIN_ADDITIONAL_HOUR, lines);
      return;
    }
    // push after the initial service
    Service sameDrug = null;
    for (Service other : codedDrugServices) {
      if (s.rec.drugHcpcs() != null && s.rec.drugHcpcs().equals(other.rec.drugHcpcs())) {
        sameDrug = other;
      }
    }
    if (s.category == DrugCategory.CHEMOTHERAPY && sameDrug == null) {
      lines.add(
          line(
              "96411",
              1,
              List.of(),
              RuleIds.ADMIN_PUSH_SEQUENTIAL,
              describe(s)
                  + "; a push of another chemotherapy drug after the initial service -> 96411 ×1"
                  + " (CPT 96411: each additional substance/drug)",
              s));
      return;
    }
    if (sameDrug == null) {
      lines.add(
          line(
              "96375",
              1,
              List.of(),
              RuleIds.ADMIN_PUSH_SEQUENTIAL,
              describe(s) + "; a push of a new drug after the initial service -> 96375 ×1",
              s));
      return;
    }
    if (ctx.claimType() == ClaimType.PROFESSIONAL) {
      edits.add(
          Edit.warning(
              "PUSH_SAME_DRUG_FACILITY_ONLY",
              s.rec.label()
                  + " pushes "
                  + s.rec.drugHcpcs()
                  + " again after "
                  + sameDrug.rec.label()
                  + (s.category == DrugCategory.CHEMOTHERAPY
                      ? "; 96411 is each additional substance/drug, not a repeat of the same drug,"
                          + " and 96376 is facility-only, so it is not billed"
                      : "; 96376 is facility-only and never on a professional claim, so it is not"
                          + " billed")));
      return;
    }
    long previousEnd = sameDrug.hasInterval() ? sameDrug.endMinute : sameDrug.startMinute;
    if (s.startMinute - previousEnd < 30) {
      edits.add(
          Edit.warning(
              "PUSH_SAME_DRUG_TOO_SOON",
              s.rec.label()
                  + " pushes "
                  + s.rec.drugHcpcs()
                  + " "
                  + (s.startMinute - previousEnd)
                  + " minutes after "
                  + sameDrug.rec.label()
                  + "; 96376 needs at least 30 minutes between them"));
      return;
    }
    lines.add(
        line(
            "96376",
            1,
            List.of(),
            RuleIds.ADMIN_PUSH_SAME_DRUG,
            describe(s)
                + "; the same drug pushed again at least 30 minutes later, facility claim -> 96376 ×1"
                + (s.category == DrugCategory.CHEMOTHERAPY
                    ? " (not 96411, which is each additional substance/drug)"
                    : ""),
            s));
  }

  private static void emitInjection(Service s, Context ctx, List<CodedLine> lines) {
    String code;
    String why;
    if (s.category == DrugCategory.CHEMOTHERAPY) {
      boolean hormonal =
          s.rec.drugHcpcs() != null
              && ctx.hormonalAntineoplasticHcpcs().contains(s.rec.drugHcpcs());
      code = hormonal ? "96402" : "96401";
      why =
          hormonal
              ? "hormonal anti-neoplastic SC/IM injection"
              : "non-hormonal anti-neoplastic SC/IM injection";
    } else {
      code = "96372";
      why = "therapeutic SC/IM injection";
    }
    lines.add(
        line(
            code,
            1,
            List.of(),
            RuleIds.ADMIN_INJECTION,
            describe(s) + "; " + why + " -> " + code + " ×1",
            s));
  }

  private static CodedLine line(
      String code,
      int units,
      List<String> modifiers,
      String ruleId,
      String explanation,
      Service s) {
    return new CodedLine(
        CodedLine.Kind.ADMINISTRATION,
        code,
        units,
        modifiers,
        null,
        null,
        null,
        ruleId,
        explanation,
        s.rec.label(),
        s.rec.diagnosisPointers());
  }
}
